package org.newsfacet.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.newsfacet.model.Article;
import org.newsfacet.search.Hit;
import org.newsfacet.search.QueryLimits;
import org.newsfacet.search.Related;
import org.newsfacet.search.Syndication;
import org.newsfacet.story.Originals;

/**
 * Questions about stories: the articles close to one article ("more like this": its own story,
 * then the stories nearest in words), and every article's story.
 */
final class StorySearch {
  /** Candidates read per story asked for, so that stories with many copies still leave room for others. */
  private static final int CANDIDATES_PER_STORY = 5;

  private final Searching searching;
  private final Analyzer analyzer = Schema.analyzer();

  StorySearch(Searching searching) {
    this.searching = searching;
  }

  /** The article's story (copies first, then rewrites, the original first), then up to {@code limit} other stories. */
  List<Related> similar(String id, int limit) throws IOException {
    if (limit < 0) {
      throw new IllegalArgumentException("limit must not be negative: " + limit);
    }
    QueryLimits.checkPage(0, limit);
    return searching.run((searcher, facets) -> {
      ScoreDoc[] self = searcher.search(new TermQuery(new Term(Schema.ID, id)), 1).scoreDocs;
      if (self.length == 0) {
        return List.of();
      }
      IndexReader reader = searcher.getIndexReader();
      Syndication own = StoryValues.of(reader, self[0].doc);
      String story = own == null ? id : own.story();
      List<Related> out = new ArrayList<>(sameStory(searcher, id, story, own));
      if (limit == 0) {
        return out;
      }
      MoreLikeThis mlt = new MoreLikeThis(reader);
      mlt.setAnalyzer(analyzer);
      mlt.setFieldNames(new String[] {Schema.TITLE, Schema.BODY});
      mlt.setMinTermFreq(1);
      mlt.setMinDocFreq(2);
      Query like = new BooleanQuery.Builder().add(mlt.like(self[0].doc), BooleanClause.Occur.MUST)
          .add(Queries.ARTICLES, BooleanClause.Occur.FILTER).build(); // scored by the words, not filtered by them
      Set<String> seen = new HashSet<>();
      seen.add(story);
      for (ScoreDoc d : searcher.search(like, (limit + 1) * CANDIDATES_PER_STORY).scoreDocs) {
        Syndication s = StoryValues.of(reader, d.doc);
        String other = s == null ? null : s.story();
        if (other != null && seen.add(other)) {
          out.add(new Related(Related.Relation.SIMILAR, new Hit(Searching.article(searcher, d.doc), d.score, "", s)));
          if (seen.size() > limit) {
            break;
          }
        }
      }
      return out;
    });
  }

  /** The other articles of a story: copies of the article's text first, then the rest, each the original first. */
  private static List<Related> sameStory(IndexSearcher searcher, String id, String story, Syndication own)
      throws IOException {
    List<Related> out = new ArrayList<>();
    String group = own == null || own.copyOf() == null ? id : own.copyOf();
    // A story carried by thousands of outlets lists the first of them (by index order) only.
    for (int doc : members(searcher.getIndexReader(), Set.of(story)).stream().limit(QueryLimits.MAX_PAGE_END).toList()) {
      Article a = Searching.article(searcher, doc);
      if (a.id().equals(id)) {
        continue;
      }
      Syndication s = StoryValues.of(searcher.getIndexReader(), doc);
      boolean copy = s != null && (group.equals(s.copyOf()) || a.id().equals(group) && own != null && own.copyOf() != null);
      out.add(new Related(copy ? Related.Relation.COPY : Related.Relation.STORY, new Hit(a, Float.NaN, "", s)));
    }
    Comparator<Related> original = Originals.first(r -> r.hit().article().outlet(), r -> r.hit().article().agency(),
        r -> r.hit().article().published(), r -> r.hit().article().id());
    out.sort(Comparator.comparing(Related::relation).thenComparing(original));
    return out;
  }

  /** Every article's story, by id. */
  Map<String, Syndication> stories() throws IOException {
    return searching.runOnLatest((searcher, facets) -> {
      Map<String, Syndication> out = new HashMap<>();
      IndexReader reader = searcher.getIndexReader();
      for (LeafReaderContext leaf : reader.leaves()) {
        StoredFields stored = leaf.reader().storedFields();
        StoryValues values = new StoryValues(leaf.reader()); // read forward, one segment at a time
        forEachArticle(leaf, doc -> {
          String id = stored.document(doc, Set.of(Schema.ID)).get(Schema.ID);
          Syndication s = values.at(doc);
          out.put(id, s == null ? Syndication.alone(id) : s);
        });
      }
      return out;
    });
  }

  /** The article documents filed in these stories. */
  private static List<Integer> members(IndexReader reader, Set<String> stories) throws IOException {
    List<Integer> out = new ArrayList<>();
    for (LeafReaderContext leaf : reader.leaves()) {
      BinaryDocValues story = leaf.reader().getBinaryDocValues(Schema.STORY);
      if (story == null) {
        continue;
      }
      forEachArticle(leaf, doc -> {
        if (story.advanceExact(doc) && stories.contains(story.binaryValue().utf8ToString())) {
          out.add(leaf.docBase + doc);
        }
      });
    }
    return out;
  }

  private interface DocWork {
    void accept(int doc) throws IOException;
  }

  /** Runs {@code work} on every live article document of a segment, in order (articles are the documents with a fingerprint). */
  private static void forEachArticle(LeafReaderContext leaf, DocWork work) throws IOException {
    BinaryDocValues fingerprints = leaf.reader().getBinaryDocValues(Schema.FINGERPRINT);
    if (fingerprints == null) {
      return;
    }
    var live = leaf.reader().getLiveDocs();
    for (int doc = fingerprints.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = fingerprints.nextDoc()) {
      if (live == null || live.get(doc)) {
        work.accept(doc);
      }
    }
  }
}
