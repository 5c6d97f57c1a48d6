package cohost.connectors.speech;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;

/**
 * Writes a tiny but real Vosk model (about 2 KB) for tests: Kaldi text {@code final.mdl} whose nnet3 is a
 * speech/silence detector on the first MFCC coefficient, and a three-state OpenFst {@code HCLG.fst} in which every
 * speech segment decodes as one word. Vosk's whole native pipeline (MFCC, nnet3, lattice decoder, endpointing) runs
 * on it; it recognizes "a segment of loud audio", never real words. Facts from shared note vosk-test-model.md.
 */
public final class VoskTestModel {
    /** The word every speech segment decodes to: a question the engine answers ("shipping"). */
    public static final String WORD = "shipping";

    private VoskTestModel() {
    }

    /** Writes the model folder {@code dir} and returns it. */
    public static Path write(Path dir) throws IOException {
        Files.createDirectories(dir.resolve("am"));
        Files.createDirectories(dir.resolve("conf"));
        Files.createDirectories(dir.resolve("graph/phones"));
        Files.writeString(dir.resolve("conf/mfcc.conf"), String.join("\n", "--sample-frequency=16000",
                "--use-energy=false", "--num-mel-bins=40", "--num-ceps=40", "--low-freq=20", "--high-freq=7600",
                "--dither=0.0") + "\n");
        Files.writeString(dir.resolve("conf/model.conf"), String.join("\n", "--min-active=200", "--max-active=3000",
                "--beam=10.0", "--lattice-beam=2.0", "--acoustic-scale=1.0", "--frame-subsampling-factor=3",
                "--endpoint.silence-phones=1", "--endpoint.rule2.min-trailing-silence=0.5",
                "--endpoint.rule3.min-trailing-silence=0.75", "--endpoint.rule4.min-trailing-silence=1.0") + "\n");
        Files.writeString(dir.resolve("graph/words.txt"), "<eps> 0\n" + WORD + " 1\n");
        Files.writeString(dir.resolve("graph/phones/word_boundary.int"), "1 nonword\n2 singleton\n");
        Files.writeString(dir.resolve("am/final.mdl"), finalMdl());
        Files.write(dir.resolve("graph/HCLG.fst"), hclg());
        return dir;
    }

    /**
     * Transition model: phone 1 = silence (pdf 0), phone 2 = speech (pdf 1), each one emitting state with a self
     * loop. Transition ids: 1 silence loop, 2 silence exit, 3 speech loop, 4 speech exit. The nnet maps c0 to
     * log-posteriors: speech wins when c0 &gt; 65 (silence measures about 34, speech 90-130).
     */
    private static String finalMdl() {
        String zeros = String.join(" ", Collections.nCopies(39, "0"));
        return """
                <TransitionModel>
                <Topology>
                <TopologyEntry>
                <ForPhones> 1 2 </ForPhones>
                <State> 0 <PdfClass> 0 <Transition> 0 0.75 <Transition> 1 0.25 </State>
                <State> 1 </State>
                </TopologyEntry>
                </Topology>
                <Triples> 2
                1 0 0
                2 0 1
                </Triples>
                <LogProbs>
                 [ 0 -0.287682 -1.386294 -0.287682 -1.386294 ]
                </LogProbs>
                </TransitionModel>
                <Nnet3>\s
                input-node name=input dim=40
                component-node name=affine component=affine input=input
                component-node name=logsoftmax component=logsoftmax input=affine
                output-node name=output input=logsoftmax objective=linear

                <NumComponents> 2
                <ComponentName> affine <AffineComponent> <LearningRate> 0 <LinearParams> [
                  -0.1 %1$s
                  0.1 %1$s ]
                <BiasParams> [ 6.5 -6.5 ]
                </AffineComponent>
                <ComponentName> logsoftmax <LogSoftmaxComponent> <Dim> 2 <ValueAvg> [ ] <DerivAvg> [ ] <Count> 0 </LogSoftmaxComponent>
                </Nnet3>
                <LeftContext> 0 <RightContext> 0 <Priors> [ ]
                """.formatted(zeros);
    }

    private record Arc(int from, int in, int out, double prob, int to) {
    }

    /** OpenFst binary VectorFst, arc type "standard", arcs sorted by input label per state. */
    private static byte[] hclg() {
        List<Arc> arcs = List.of(
                new Arc(0, 2, 0, .5, 1), new Arc(0, 4, 1, .5, 2),
                new Arc(1, 1, 0, .75, 1), new Arc(1, 2, 0, .05, 1), new Arc(1, 4, 1, .2, 2),
                new Arc(2, 2, 0, .25, 1), new Arc(2, 3, 0, .75, 2));
        int states = 3;
        ByteBuffer b = ByteBuffer.allocate(4096).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(2125659606);
        putString(b, "vector");
        putString(b, "standard");
        b.putInt(2);          // version
        b.putInt(0);          // flags
        b.putLong(0x3L);      // properties: expanded, mutable
        b.putLong(0);         // start state
        b.putLong(states);
        b.putLong(arcs.size());
        for (int s = 0; s < states; s++) {
            b.putFloat(0f);   // every state final with weight 0
            int state = s;
            List<Arc> out = arcs.stream().filter(a -> a.from() == state).toList();
            b.putLong(out.size());
            for (Arc a : out) {
                b.putInt(a.in());
                b.putInt(a.out());
                b.putFloat((float) -Math.log(a.prob()));
                b.putInt(a.to());
            }
        }
        byte[] bytes = new byte[b.position()];
        b.flip().get(bytes);
        return bytes;
    }

    private static void putString(ByteBuffer b, String s) {
        byte[] bytes = s.getBytes(StandardCharsets.US_ASCII);
        b.putInt(bytes.length);
        b.put(bytes);
    }
}
