package cohost.connectors.speech;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OnsetDetectorTest {

    static short[] pcm(TestAudio audio) {
        byte[] b = audio.pcm();
        return Pcm.samples(b, 0, b.length);
    }

    @Test
    void twentyMillisecondsOfLoudAudioIsAnOnset() {
        OnsetDetector onset = new OnsetDetector(16000);
        assertThat(onset.accept(pcm(TestAudio.at(16000).silence(0.5)))).isFalse();

        assertThat(onset.accept(pcm(TestAudio.at(16000).burst(0.02)))).isTrue();
    }

    @Test
    void aSingleClickIsNotAnOnset() {
        OnsetDetector onset = new OnsetDetector(16000);

        assertThat(onset.accept(pcm(TestAudio.at(16000).silence(0.5).burst(0.005).silence(0.5)))).isFalse();
    }

    @Test
    void steadyBackgroundNoiseRaisesTheThreshold() {
        OnsetDetector quietRoom = new OnsetDetector(16000);
        OnsetDetector noisyRoom = new OnsetDetector(16000);
        TestAudio louder = TestAudio.at(16000).sine(300, 2000, 0.1); // RMS about 1400

        noisyRoom.accept(pcm(TestAudio.at(16000).sine(120, 700, 2))); // hum, RMS about 500

        assertThat(quietRoom.accept(pcm(louder))).isTrue();
        assertThat(noisyRoom.accept(pcm(louder))).isFalse();
        assertThat(noisyRoom.accept(pcm(TestAudio.at(16000).burst(0.1)))).isTrue();
    }
}
