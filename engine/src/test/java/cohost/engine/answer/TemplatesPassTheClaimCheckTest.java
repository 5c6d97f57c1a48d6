package cohost.engine.answer;

import cohost.engine.answer.claims.Claim;
import cohost.engine.answer.claims.ClaimCheck;
import cohost.engine.answer.claims.SentenceCutter;
import cohost.knowledge.KnowledgeBase;
import cohost.knowledge.Languages;
import cohost.knowledge.Product;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The store's own template answers are true by construction, so the claim check must pass every sentence of them:
 * shipping to every country the demo store serves, returns, payment methods and a sample of products, in every
 * language. A sentence failing here is a false alarm of the check (it would replace a true model sentence too).
 */
class TemplatesPassTheClaimCheckTest {

    @Test
    void everyTemplateSentenceOfTheDemoStorePassesTheCheckOfItsOwnFacts() {
        KnowledgeBase kb = KnowledgeBase.demo();
        Templates templates = new Templates(kb);
        List<Facts> all = new ArrayList<>();
        for (String c : List.of("US", "BR", "MX", "DE", "FR", "GB", "JP", "KR", "CN", "ID", "SA", "AE", "ES", "CA", "AU")) {
            if (!kb.shippingTo(c).isEmpty()) all.add(new Facts.Shipping(c, kb.shippingTo(c)));
            kb.returnPolicyFor(c).ifPresent(p -> all.add(new Facts.Returns(c, p, null)));
            all.add(new Facts.Payment(c, kb.paymentMethodsFor(c), null, false));
        }
        List<Product> products = kb.products();
        for (int i = 0; i < products.size(); i += Math.max(1, products.size() / 15)) {
            all.add(new Facts.ProductInfo(products.get(i), Map.of(), null));
        }
        List<String> failures = new ArrayList<>();
        int sentences = 0;
        for (Facts f : all) {
            ClaimCheck check = ClaimCheck.of(f);
            for (String lang : Languages.codes()) {
                String text = templates.render(f, lang, List.of());
                SentenceCutter cutter = new SentenceCutter();
                List<String> parts = new ArrayList<>(cutter.add(text));
                parts.add(cutter.rest());
                for (String s : parts) {
                    if (s.isBlank()) continue;
                    sentences++;
                    List<Claim> bad = check.unsupported(s);
                    if (!bad.isEmpty()) failures.add(f.getClass().getSimpleName() + " " + lang + ": " + s + " -> " + bad);
                }
            }
        }
        System.out.println(sentences + " template sentences checked, " + failures.size() + " false alarms");
        failures.stream().limit(60).forEach(System.out::println);
        assertThat(failures).isEmpty();
    }
}
