package cohost.connectors.server;

import cohost.engine.Cohost;
import cohost.engine.room.RoomPolicy;
import cohost.knowledge.KbException;
import cohost.knowledge.KnowledgeBase;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Map;

/** Real servers on free loopback ports, over the two test stores in src/test/resources/kb. */
final class TestServers {
    static final String KEY_A = "key-a";
    static final String KEY_B = "key-b";

    private TestServers() {
    }

    static KnowledgeBase kb(String store) {
        try {
            return KnowledgeBase.load(kbFolder(store));
        } catch (KbException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The folder of a test store, e.g. "store-a". */
    static Path kbFolder(String store) {
        try {
            return Path.of(TestServers.class.getResource("/kb/" + store + "/store.json").toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** store-a and store-b, each with its own key. */
    static CohostServer twoStores(RoomPolicy policy, double requestsPerSecond, int outboxFrames) {
        ServerConfig config = ServerConfig.of("127.0.0.1", 0,
                Map.of("store-a", Cohost.builder(kb("store-a")).build(), "store-b", Cohost.builder(kb("store-b")).build()),
                Map.of(KEY_A, "store-a", KEY_B, "store-b"));
        return CohostServer.start(config.withLimits(policy, requestsPerSecond, (int) Math.max(1, requestsPerSecond), outboxFrames));
    }

    static CohostServer twoStores() {
        return twoStores(RoomPolicy.DEFAULTS, 1000, 512);
    }

    /** Local demo mode: store-a, no keys. */
    static CohostServer demo() {
        return CohostServer.start(ServerConfig.of("127.0.0.1", 0, Map.of("store-a", Cohost.builder(kb("store-a")).build()), Map.of()));
    }
}
