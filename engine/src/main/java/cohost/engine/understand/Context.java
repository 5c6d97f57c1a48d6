package cohost.engine.understand;

import cohost.engine.Intent;
import cohost.engine.Slots;

/**
 * What the conversation knows before this message: the last intent and slots, the product on screen, the speaker's
 * declared country/lang. Any field may be null ({@code lastSlots} defaults to {@link Slots#NONE}).
 *
 * @param lastIntent     what the previous message asked for, or null
 * @param lastSlots      what the previous message was about
 * @param showingSku     the product on screen now ("this one"), or null
 * @param speakerCountry the speaker's declared country (ISO code), or null; never copied into slots
 * @param lastLang       the language of the previous message, used when detection is unsure
 */
public record Context(Intent lastIntent, Slots lastSlots, String showingSku, String speakerCountry, String lastLang) {
    public static final Context EMPTY = new Context(null, Slots.NONE, null, null, null);

    public Context {
        if (lastSlots == null) lastSlots = Slots.NONE;
    }
}
