package vn.ocop.registry.recognition;

/** Who recognises: the district, the provincial or the central (ministry) People's Committee/council. */
public enum DecisionLevel {
    DISTRICT, PROVINCIAL, CENTRAL
}
