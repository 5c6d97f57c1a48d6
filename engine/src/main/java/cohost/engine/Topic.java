package cohost.engine;

/**
 * One of the things a purchase question can ask about. A message may ask several at once ("how much to Riyadh and
 * is there cash on delivery?"); {@link Understanding#topics()} lists them so one reply answers every one.
 */
public enum Topic {
    SHIPPING,
    /** Customs duties, VAT, import taxes and the tax IDs customs ask for (answered from the shipping rules). */
    DUTIES,
    RETURNS,
    PAYMENT
}
