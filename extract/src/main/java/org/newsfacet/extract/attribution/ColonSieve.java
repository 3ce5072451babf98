package org.newsfacet.extract.attribution;

import java.util.Optional;
import org.newsfacet.extract.attribution.Attributor.Claim;
import org.newsfacet.model.Entity;
import org.newsfacet.model.EntityType;

/**
 * Sieve {@code colon}: a quotation standing on its own after a colon takes the subject of the clause
 * before it ("Varga is more blunt: “…”"), also when that clause closes the paragraph before ("The
 * minister said:").
 */
final class ColonSieve implements QuoteSieve {

  @Override
  public String name() {
    return Attributor.COLON;
  }

  @Override
  public Optional<Claim> speaker(Quotation q, Evidence e) {
    if (q.embedded()) {
      return Optional.empty();
    }
    Source s = colon(q.token(), e);
    return s == null ? Optional.empty() : Optional.of(Claim.of(s, name()));
  }

  /** The subject of the clause that ends with a colon right before token {@code tok}, else null. */
  private static Source colon(int tok, Evidence e) {
    Discourse d = e.discourse();
    Resolver resolver = e.resolver();
    if (tok == 0 || !d.token(tok - 1).is(':')) {
      return null;
    }
    int s = d.sentenceOf(tok - 1);
    int from = d.sentenceStart(s);
    for (Frame f : e.frames().in(s)) {
      if (f.cue() < tok - 1 && f.source() != null) {
        return f.source();
      }
    }
    if (from >= tok - 1) {
      return null; // a colon that opens its sentence has no clause before it
    }
    Entity last = d.entity(tok - 2);
    boolean alone = false;
    if (last != null) {
      int first = tok - 2;
      while (first > from && d.mention(first - 1) == d.mention(tok - 2)) {
        first--;
      }
      alone = first == from || d.token(first - 1).kind() == Token.Kind.PUNCT
          && "-—–―".indexOf(d.token(first - 1).text().charAt(0)) >= 0;
    }
    if (last != null && last.type() == EntityType.PERSON && alone) {
      return resolver.resolve(tok - 2, tok - 1); // "Pollsters agree - Ines Morrow: “…”"
    }
    if (d.token(from).isWord() && Lexicon.isReportingVerb(d.token(from).lower()) && from + 1 < tok - 1) {
      Source inverted = resolver.resolve(from + 1, tok - 1); // "Stated Quill: “…”"
      if (inverted != null) {
        return inverted;
      }
    }
    for (int k = tok - 2; k > from; k--) {
      if (e.finder().speaks(k)) {
        Source found = e.finder().speakerOf(k); // "Okonjo, exasperated, famously replied:", "Halvorsen called them on it:"
        if (found != null) {
          return found;
        }
      }
    }
    int[] subject = ClauseSubjects.subjectOf(d, resolver, from, tok - 1);
    Source opening = subject == null ? null : resolver.resolve(subject[0], subject[1]);
    if (opening != null) {
      return opening;
    }
    for (int k = tok - 2; k > from; k--) {
      Token t = d.token(k);
      if (t.is(',') || t.isWord() && Lexicon.CLAUSE_WORDS.contains(t.lower())) {
        // "… in mid-March when Brandt took to the radio with this:"
        int[] clause = ClauseSubjects.subjectOf(d, resolver, k + 1, tok - 1);
        Source named = clause == null ? null : resolver.resolve(clause[0], clause[1]);
        return resolver.isName(named) || named != null && named.resolution().equals("pronoun") ? named : null;
      }
    }
    return null;
  }
}
