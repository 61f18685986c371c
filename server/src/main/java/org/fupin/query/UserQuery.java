package org.fupin.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What the user asked for, in the user's terms: groups of alternatives (joined by {@code OR}) that should match,
 * terms that must not match, and notes about input that was ignored.
 *
 * @param groups   included groups; a group matches when any of its alternatives matches
 * @param excluded terms that must not match
 * @param notes    what the parser ignored or changed, in words a user understands
 */
public record UserQuery(List<Group> groups, List<Term> excluded, List<String> notes) {

    public UserQuery {
        groups = List.copyOf(groups);
        excluded = List.copyOf(excluded);
        notes = List.copyOf(notes);
    }

    /**
     * One word or quoted phrase.
     *
     * @param text      the word or the phrase's words, never blank
     * @param phrase    true when the user quoted it
     * @param titleOnly true when it searches headings only ({@code title:})
     */
    public record Term(String text, boolean phrase, boolean titleOnly) {

        public Term {
            Objects.requireNonNull(text, "text");
            if (text.isBlank()) {
                throw new IllegalArgumentException("a term needs text");
            }
        }

        /** The term as the user would write it. */
        public String render() {
            String body = phrase ? '"' + text + '"' : text;
            return titleOnly ? "title:" + body : body;
        }
    }

    /**
     * Alternatives joined by {@code OR}.
     *
     * @param alternatives one or more terms
     */
    public record Group(List<Term> alternatives) {

        public Group {
            alternatives = List.copyOf(alternatives);
            if (alternatives.isEmpty()) {
                throw new IllegalArgumentException("a group needs at least one term");
            }
        }

        /** Quoted phrases are required: a group of only phrases must match. */
        public boolean required() {
            return alternatives.stream().allMatch(Term::phrase);
        }

        /** The group as the user would write it. */
        public String render() {
            return render(Term::render);
        }

        /** The group with each term shown by {@code show}. */
        public String render(Function<Term, String> show) {
            String joined = alternatives.stream().map(show).collect(Collectors.joining(" OR "));
            return alternatives.size() > 1 ? "(" + joined + ")" : joined;
        }
    }

    /** True when nothing is included or excluded, which means every section. */
    public boolean isEmpty() {
        return groups.isEmpty() && excluded.isEmpty();
    }

    /** Words and phrases in the query, included and excluded. */
    public int termCount() {
        return groups.stream().mapToInt(g -> g.alternatives().size()).sum() + excluded.size();
    }

    /** This query with one more note. */
    public UserQuery withNote(String note) {
        List<String> more = new ArrayList<>(notes);
        more.add(note);
        return new UserQuery(groups, excluded, more);
    }

    /** The canonical form of the query followed by any notes, for the response's {@code parsed} field. */
    public String render() {
        return render(Term::render, " ");
    }

    /**
     * The query with each term shown by {@code show} (e.g. with its translation), parts joined by {@code separator},
     * followed by any notes.
     */
    public String render(Function<Term, String> show, String separator) {
        List<String> parts = new ArrayList<>();
        groups.forEach(g -> parts.add(g.render(show)));
        excluded.forEach(t -> parts.add("-" + show.apply(t)));
        String canonical = parts.isEmpty() ? "(all sections)" : String.join(separator, parts);
        return notes.isEmpty() ? canonical : canonical + " [" + String.join("; ", notes) + "]";
    }
}
