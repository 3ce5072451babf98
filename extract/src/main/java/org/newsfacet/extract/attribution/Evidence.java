package org.newsfacet.extract.attribution;

import java.util.List;
import java.util.Objects;
import org.newsfacet.model.Quote;

/**
 * What is known of one article when its sieves run: the text and its tokens, the attribution
 * frames of every sentence, the resolver of sources, the headline and, once they have their
 * speakers, the quotations.
 *
 * @param text the article text as read
 * @param discourse the article read into tokens, sentences and paragraphs
 * @param resolver resolves a phrase to the source it names
 * @param finder the frames as found, which also know who speaks through a verb no frame took
 * @param frames the frames of each sentence
 * @param headline where the headline stands; its quotations are not read
 * @param quotes the quotations and reported speech with their speakers; empty while the
 *     quotations themselves are attributed
 */
record Evidence(String text, Discourse discourse, Resolver resolver, Frames finder, SentenceFrames frames,
    Headline headline, List<Quote> quotes) {

  /** Validates the fields and copies the quotations. */
  Evidence {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(discourse, "discourse");
    Objects.requireNonNull(resolver, "resolver");
    Objects.requireNonNull(finder, "finder");
    Objects.requireNonNull(frames, "frames");
    Objects.requireNonNull(headline, "headline");
    quotes = List.copyOf(quotes);
  }

  /** The same evidence with the quotations attributed. */
  Evidence withQuotes(List<Quote> attributed) {
    return new Evidence(text, discourse, resolver, finder, frames, headline, attributed);
  }
}
