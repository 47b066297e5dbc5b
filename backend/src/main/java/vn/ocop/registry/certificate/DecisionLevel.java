package vn.ocop.registry.certificate;

/** Who recognises: the district, the provincial or the central (ministry) People's Committee/council. */
public enum DecisionLevel {
    DISTRICT, PROVINCIAL, CENTRAL
}
