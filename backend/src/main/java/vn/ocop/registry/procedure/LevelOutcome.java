package vn.ocop.registry.procedure;

/** What a scoring level does with a product after its council's mean score and stars. */
public enum LevelOutcome {
    /** This level recognises the product at its stars. */
    RECOGNISED,
    /** The score reaches the level's threshold and the stars exceed what it may recognise: sent to the next level. */
    FORWARDED,
    /** Neither: too low (or eliminated) for this level. */
    NOT_RECOGNISED
}
