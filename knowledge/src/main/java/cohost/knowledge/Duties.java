package cohost.knowledge;

/** Who pays import duties and taxes: the seller up front (DDP), or the buyer on delivery (DDU). */
public enum Duties { DDP, DDU }
