package org.fupin.bench.compare;

/** The engines the comparison measures; the two Solr modes are one Solr process asked two ways. */
public enum Engine {
    /**
     * Our server with the request of the mix as it is, so in its default mode: a section must contain every concept
     * ({@code match=all}), with sections missing one following when fewer than ten have them all.
     */
    FUPIN("Fupin (all concepts)"),
    /** Solr's edismax with every word required ({@code q.op=AND}). */
    SOLR_ALL("Solr 9.10, edismax, all words (q.op=AND)"),
    /** Solr's edismax with any word enough ({@code mm=1}). */
    SOLR_ANY("Solr 9.10, edismax, any word (mm=1)");

    private final String label;

    Engine(String label) {
        this.label = label;
    }

    /** How the report names it. */
    public String label() {
        return label;
    }

    /** Whether the Solr peer answers it. */
    public boolean solr() {
        return this != FUPIN;
    }
}
