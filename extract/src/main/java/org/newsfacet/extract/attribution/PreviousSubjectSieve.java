package org.newsfacet.extract.attribution;

import java.util.Optional;
import org.newsfacet.extract.attribution.Attributor.Claim;
import org.newsfacet.model.SpeakerType;

/**
 * Sieve {@code previous-subject}: a quotation that opens its sentence, right after a sentence about
 * a person who says nothing there, is that person's ("Lindqvist praised the mayor's leadership."
 * then a paragraph that is only a quotation).
 */
final class PreviousSubjectSieve implements QuoteSieve {

  @Override
  public String name() {
    return Attributor.PREVIOUS_SUBJECT;
  }

  @Override
  public Optional<Claim> speaker(Quotation q, Evidence e) {
    if (q.embedded()) {
      return Optional.empty();
    }
    Source s = previousSubject(q.token(), e);
    return s == null ? Optional.empty() : Optional.of(Claim.of(s, name()));
  }

  /** The person the sentence before token {@code tok}'s is about, when that sentence attributes nothing. */
  private static Source previousSubject(int tok, Evidence e) {
    Discourse d = e.discourse();
    int s = d.sentenceOf(tok);
    if (s == 0 || d.sentenceStart(s) != tok || d.paragraphOf(s) - d.paragraphOf(s - 1) > 1
        || !e.frames().in(s - 1).isEmpty()) {
      return null; // a sentence with an attribution of its own leaves the quotation to previous-speaker
    }
    int from = d.sentenceStart(s - 1);
    int k = ClauseSubjects.phraseEnd(d, from, d.sentenceEnd(s - 1));
    Source subject = k > from ? e.resolver().resolve(from, k) : null;
    return subject != null && subject.type() == SpeakerType.PERSON
        && (subject.resolution().equals("name") || subject.resolution().equals("pronoun")) ? subject : null;
  }
}
