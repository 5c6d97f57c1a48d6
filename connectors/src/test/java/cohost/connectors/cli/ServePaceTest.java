package cohost.connectors.cli;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** How {@code cohost serve} picks the pace of live-room replies: --pace, else COHOST_PACE, else the default. */
class ServePaceTest {

    @Test
    void theFlagWinsOverTheEnvironmentAndZeroTurnsPacingOff() {
        assertThat(ServeCommand.pace(12, "30")).isEqualTo(12);
        assertThat(ServeCommand.pace(0, null)).isZero();
        assertThat(ServeCommand.pace(null, " 30 ")).isEqualTo(30);
        assertThat(ServeCommand.pace(null, null)).isEqualTo(ServeCommand.DEFAULT_PACE).isPositive();
    }

    @Test
    void aBadPaceSaysWhereItCameFrom() {
        assertThatThrownBy(() -> ServeCommand.pace(-1, null)).hasMessageContaining("--pace");
        assertThatThrownBy(() -> ServeCommand.pace(null, "fast")).hasMessageContaining("COHOST_PACE").hasMessageContaining("fast");
    }
}
