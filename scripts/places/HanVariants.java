import com.ibm.icu.text.Transliterator;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * For derive-places.py: reads Han place names one a line and prints each one's Simplified and Traditional forms
 * (tab-separated), converted by ICU4J, so a viewer finds 聖保羅 by writing 圣保罗 and 多伦多 by writing 多倫多.
 */
public class HanVariants {
    public static void main(String[] args) throws Exception {
        Transliterator hans = Transliterator.getInstance("Hant-Hans");
        Transliterator hant = Transliterator.getInstance("Hans-Hant");
        var in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        var out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        for (String line; (line = in.readLine()) != null; ) {
            out.println(hans.transliterate(line) + "\t" + hant.transliterate(line));
        }
        out.flush();
    }
}
