package org.newsfacet.index;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.newsfacet.search.Carrier;
import org.newsfacet.search.Dimensions;
import org.newsfacet.search.Syndication;
import org.newsfacet.story.Originals;

/**
 * One story's copies of a quotation or a figure, read from doc values for every match (no stored
 * record is read until a page is shown): what collapses the articles of one story into one entry,
 * and what counts the independent sources of a value.
 */
final class Collapsing {
  private static final Comparator<Match> ORIGINAL_FIRST = Originals.first(Match::outlet, Match::agency,
      Match::published, Match::articleId);

  private Collapsing() {}

  /** A matching quotation or figure, as its doc values give it. */
  record Match(int doc, String articleId, String outlet, String agency, String name, LocalDate published,
      Syndication syndication, long key) {

    Carrier carrier() {
      return new Carrier(articleId, outlet, agency, syndication.inferredAgency(), published);
    }
  }

  /** The matches of one story that carry one quotation or figure, the original first. */
  record Entry(String story, long key, List<Match> matches) {

    Match original() {
      return matches.get(0);
    }

    /** Every article that carried it, once each, the original first; empty when one article did. */
    List<Carrier> carriers() {
      Map<String, Carrier> out = new LinkedHashMap<>();
      matches.forEach(m -> out.putIfAbsent(m.articleId(), m.carrier()));
      return out.size() < 2 ? List.of() : List.copyOf(out.values());
    }
  }

  /** The entries of all matches, and which entry each matching document is in. */
  record Entries(List<Entry> all, Map<Integer, Entry> byDoc) {}

  /**
   * Collapses every document that {@code matches} collected: the matches of one story with the
   * same words or values and the same speaker or claimant (any spelling) are one claim, one entry,
   * whether copies carried it or one article repeated it; the same value from two claimants is two.
   */
  static Entries of(IndexReader reader, FacetsCollector matches) throws IOException {
    Map<String, Map<Long, List<Match>>> grouped = new HashMap<>();
    Map<String, Long> nameKeys = new HashMap<>();
    for (FacetsCollector.MatchingDocs m : matches.getMatchingDocs()) {
      DocIdSetIterator docs = m.bits() == null ? null : m.bits().iterator();
      if (docs == null) {
        continue;
      }
      Leaf leaf = new Leaf(m.context());
      for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
        Match match = leaf.match(doc);
        long name = match.name() == null ? 0
            : nameKeys.computeIfAbsent(match.name(), n -> (long) Dimensions.nameKey(n).hashCode());
        grouped.computeIfAbsent(match.syndication().story(), s -> new HashMap<>())
            .computeIfAbsent(match.key() * 31 + name, k -> new ArrayList<>()).add(match);
      }
    }
    List<Entry> all = new ArrayList<>();
    Map<Integer, Entry> byDoc = new HashMap<>();
    grouped.forEach((story, byKey) -> byKey.forEach((key, list) -> {
      list.sort(ORIGINAL_FIRST.thenComparingInt(Match::doc));
      Entry e = new Entry(story, list.get(0).key(), List.copyOf(list));
      all.add(e);
      list.forEach(x -> byDoc.put(x.doc(), e));
    }));
    return new Entries(all, byDoc);
  }

  /** The doc values of one segment, read forward as its matches come in order. */
  private static final class Leaf {
    private final LeafReaderContext context;
    private final BinaryDocValues source;
    private final StoryValues stories;
    private final NumericDocValues key;
    private final SortedNumericDocValues day;

    Leaf(LeafReaderContext context) throws IOException {
      this.context = context;
      LeafReader r = context.reader();
      source = r.getBinaryDocValues(Schema.HIT_SOURCE);
      stories = new StoryValues(r);
      key = r.getNumericDocValues(Schema.COLLAPSE_KEY);
      day = r.getSortedNumericDocValues(Schema.PUBLISHED_DAY);
    }

    Match match(int doc) throws IOException {
      String[] s = source != null && source.advanceExact(doc) ? source.binaryValue().utf8ToString().split("\t", -1)
          : new String[] {"doc" + (context.docBase + doc), "", "", ""};
      String articleId = s[0];
      Syndication found = stories.at(doc);
      Syndication syndication = found == null ? Syndication.alone(articleId) : found;
      long k = key != null && key.advanceExact(doc) ? key.longValue() : context.docBase + doc;
      LocalDate published = day != null && day.advanceExact(doc) ? LocalDate.ofEpochDay(day.nextValue()) : null;
      return new Match(context.docBase + doc, articleId, emptyToNull(s[1]), emptyToNull(s[2]), emptyToNull(s[3]),
          published, syndication, k);
    }
  }

  private static String emptyToNull(String s) {
    return s.isEmpty() ? null : s;
  }
}
