package org.newsfacet.index;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.newsfacet.search.Syndication;
import org.newsfacet.story.Fingerprint;
import org.newsfacet.story.Stories;
import org.newsfacet.story.StoryMember;
import org.newsfacet.story.StoryStore;

/**
 * Files the articles written since the last commit in their stories, just before the commit, so
 * that what a commit makes durable is filed: {@link Stories} decides, this class reads the
 * candidates from the index's terms and doc values and writes the stories as doc-value updates
 * (no article is indexed again). Deleting or replacing an article marks its old story for a check.
 *
 * <p>A round has the index to itself: writes wait for it (they hold the shared side of a lock,
 * the round the exclusive side), so that the state it starts from is exactly the last round's
 * plus what was written since, and a replacement always finds the story it leaves. The round
 * verifies on every core meanwhile.
 */
final class StoryFiling implements Closeable {
  /** Anchors carried by more articles than this are boilerplate (a footer, a copyright line), not evidence. */
  static final int COMMON_ANCHOR = 200;
  /**
   * The most candidates verified for one article: the ones whose shared bands and anchors are the
   * rarest (each term weighs its inverse document frequency, so that a footer's anchors, shared
   * with every article of an outlet, weigh little against a lifted paragraph's).
   */
  private static final int MAX_CANDIDATES = 200;
  /**
   * Bands and anchors a candidate must share: one alone is chance (a common phrase, a band
   * collision); a copy shares dozens, a rewrite with enough evidence for a story a few.
   */
  private static final int MIN_SHARED = 3;

  private final IndexWriter writer;
  private final Set<String> added = ConcurrentHashMap.newKeySet();
  private final Set<String> deleted = ConcurrentHashMap.newKeySet();
  private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
  /** What the last round filed: where a replaced or deleted article's old story is read. */
  private DirectoryReader filed;

  StoryFiling(IndexWriter writer) throws IOException {
    this.writer = writer;
    this.filed = DirectoryReader.open(writer);
  }

  /** What a writer does to the index while no round runs. */
  interface Write {
    void run() throws IOException;
  }

  /** Writes an article (new, or replacing an earlier version) while no round runs; it is filed at the next round. */
  void written(String id, Write write) throws IOException {
    lock.readLock().lock();
    try {
      write.run();
      added.add(id);
    } finally {
      lock.readLock().unlock();
    }
  }

  /** Deletes an article while no round runs; its story is checked again at the next round. */
  void deleted(String id, Write delete) throws IOException {
    lock.readLock().lock();
    try {
      delete.run();
      added.remove(id);
      deleted.add(id);
    } finally {
      lock.readLock().unlock();
    }
  }

  /** Files what was written and re-checks what lost an article; the caller commits afterwards. */
  void round() throws IOException {
    lock.writeLock().lock();
    try {
      if (added.isEmpty() && deleted.isEmpty()) {
        return;
      }
      List<String> fresh = List.copyOf(added);
      List<String> gone = List.copyOf(deleted);
      List<String> changed = new ArrayList<>();
      // A replaced or deleted article's old story may have been held together by it alone.
      for (String id : fresh) {
        storyIn(filed, id).ifPresent(changed::add);
      }
      for (String id : gone) {
        storyIn(filed, id).ifPresent(changed::add);
      }
      try (DirectoryReader reader = DirectoryReader.open(writer)) {
        Stories.file(new Store(reader), fresh, changed);
      } catch (UncheckedIOException e) {
        throw e.getCause();
      }
      // Only now are they filed: a failed round leaves them for the next one.
      added.removeAll(fresh);
      deleted.removeAll(gone);
      DirectoryReader next = DirectoryReader.openIfChanged(filed, writer);
      if (next != null) {
        filed.close();
        filed = next;
      }
    } finally {
      lock.writeLock().unlock();
    }
  }

  /** The story an article is filed in, in this reader. */
  private static Optional<String> storyIn(DirectoryReader reader, String id) throws IOException {
    Term term = new Term(Schema.ID, id);
    for (LeafReaderContext leaf : reader.leaves()) {
      var postings = leaf.reader().postings(term);
      if (postings == null) {
        continue;
      }
      var live = leaf.reader().getLiveDocs();
      for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS;
          doc = postings.nextDoc()) {
        if (live == null || live.get(doc)) {
          Syndication s = new StoryValues(leaf.reader()).at(doc);
          return Optional.ofNullable(s == null ? null : s.story());
        }
      }
    }
    return Optional.empty();
  }

  @Override
  public void close() throws IOException {
    filed.close();
  }

  /** The index as story filing reads and writes it, over one reader of everything written. */
  private final class Store implements StoryStore {
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final Map<Integer, Boolean> common = new ConcurrentHashMap<>();
    /** Members read this round, by document: a popular candidate is read once (rounds verify on several threads). */
    private final Map<Integer, Optional<StoryMember>> read = new ConcurrentHashMap<>();

    Store(DirectoryReader reader) {
      this.reader = reader;
      this.searcher = new IndexSearcher(reader);
    }

    @Override
    public Optional<StoryMember> member(String id) throws IOException {
      ScoreDoc[] hits = searcher.search(new TermQuery(new Term(Schema.ID, id)), 1).scoreDocs;
      return hits.length == 0 ? Optional.empty() : Optional.ofNullable(read(hits[0].doc));
    }

    @Override
    public List<StoryMember> candidates(String id, Fingerprint fingerprint) throws IOException {
      BooleanQuery.Builder q = new BooleanQuery.Builder();
      int clauses = 0;
      for (long band : fingerprint.bands()) {
        q.add(new ConstantScoreQuery(new TermQuery(new Term(Schema.STORY_TERMS, Schema.bandTerm(band)))),
            BooleanClause.Occur.SHOULD);
        clauses++;
      }
      for (int anchor : fingerprint.anchors()) {
        if (clauses < IndexSearcher.getMaxClauseCount()) {
          q.add(new ConstantScoreQuery(new TermQuery(new Term(Schema.STORY_TERMS, Schema.anchorTerm(anchor)))),
              BooleanClause.Occur.SHOULD);
          clauses++;
        }
      }
      if (clauses < MIN_SHARED) {
        return List.of();
      }
      q.setMinimumNumberShouldMatch(MIN_SHARED);
      ScoreDoc[] hits = searcher.search(q.build(), MAX_CANDIDATES).scoreDocs;
      int[] docs = Arrays.stream(hits).mapToInt(h -> h.doc).sorted().toArray();
      List<StoryMember> out = new ArrayList<>();
      for (int doc : docs) {
        StoryMember m = read(doc);
        if (m != null && !m.id().equals(id)) {
          out.add(m);
        }
      }
      return out;
    }

    /**
     * The candidates of a whole round in one pass over each segment's dictionary: the round's band
     * and anchor terms, sorted, are sought in order (cheaper than a query per article), each term's
     * postings give the articles that share it, and the shared terms are counted per pair. A term
     * in more than {@value #COMMON_ANCHOR} articles of a segment (a footer's) is skipped. Each
     * article's candidates are those that share at least {@value #MIN_SHARED} terms, the most first.
     */
    @Override
    public Map<String, List<StoryMember>> candidates(Collection<StoryMember> articles) throws IOException {
      List<StoryMember> list = List.copyOf(articles);
      Map<BytesRef, List<Integer>> holders = new HashMap<>();
      for (int i = 0; i < list.size(); i++) {
        Fingerprint f = list.get(i).fingerprint();
        for (long band : f.bands()) {
          holders.computeIfAbsent(new BytesRef(Schema.bandTerm(band)), t -> new ArrayList<>(2)).add(i);
        }
        for (int anchor : f.anchors()) {
          holders.computeIfAbsent(new BytesRef(Schema.anchorTerm(anchor)), t -> new ArrayList<>(2)).add(i);
        }
      }
      List<BytesRef> terms = new ArrayList<>(holders.keySet());
      terms.sort(null);
      // One entry per shared term: the article's index in the high half, the candidate document in
      // the low; sorted, equal entries are counted (cheaper than a map of boxed counts).
      long[] pairs = new long[1024];
      int n = 0;
      PostingsEnum postings = null;
      for (LeafReaderContext leaf : reader.leaves()) {
        Terms field = leaf.reader().terms(Schema.STORY_TERMS);
        if (field == null) {
          continue;
        }
        TermsEnum te = field.iterator();
        var live = leaf.reader().getLiveDocs();
        for (BytesRef term : terms) {
          if (!te.seekExact(term) || te.docFreq() > COMMON_ANCHOR) {
            continue;
          }
          postings = te.postings(postings, PostingsEnum.NONE);
          List<Integer> who = holders.get(term);
          for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
            if (live != null && !live.get(doc)) {
              continue;
            }
            long global = leaf.docBase + doc;
            for (int i : who) {
              if (n == pairs.length) {
                pairs = Arrays.copyOf(pairs, n * 2);
              }
              pairs[n++] = (long) i << 32 | global;
            }
          }
        }
      }
      Arrays.sort(pairs, 0, n);
      Map<Integer, List<long[]>> byArticle = new HashMap<>();
      for (int i = 0; i < n;) {
        int j = i;
        while (j < n && pairs[j] == pairs[i]) {
          j++;
        }
        if (j - i >= MIN_SHARED) {
          byArticle.computeIfAbsent((int) (pairs[i] >>> 32), k -> new ArrayList<>())
              .add(new long[] {pairs[i] & 0xFFFFFFFFL, j - i});
        }
        i = j;
      }
      Map<String, List<StoryMember>> out = new HashMap<>();
      for (Map.Entry<Integer, List<long[]>> e : byArticle.entrySet()) {
        StoryMember self = list.get(e.getKey());
        List<long[]> found = e.getValue();
        found.sort((x, y) -> x[1] != y[1] ? Long.compare(y[1], x[1]) : Long.compare(x[0], y[0]));
        List<StoryMember> members = new ArrayList<>();
        for (long[] c : found.subList(0, Math.min(found.size(), MAX_CANDIDATES))) {
          StoryMember m = read((int) c[0]);
          if (m != null && !m.id().equals(self.id())) {
            members.add(m);
          }
        }
        out.put(self.id(), members);
      }
      return out;
    }

    @Override
    public List<StoryMember> members(Set<String> stories) throws IOException {
      List<StoryMember> out = new ArrayList<>();
      for (LeafReaderContext leaf : reader.leaves()) {
        BinaryDocValues fingerprints = leaf.reader().getBinaryDocValues(Schema.FINGERPRINT);
        BinaryDocValues story = leaf.reader().getBinaryDocValues(Schema.STORY);
        if (fingerprints == null || story == null) {
          continue;
        }
        var live = leaf.reader().getLiveDocs();
        // Only article documents have a fingerprint: walking them skips the quotes and figures.
        for (int doc = fingerprints.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS;
            doc = fingerprints.nextDoc()) {
          if ((live == null || live.get(doc)) && story.advanceExact(doc)
              && stories.contains(story.binaryValue().utf8ToString())) {
            out.add(read(leaf.docBase + doc));
          }
        }
      }
      out.sort(Comparator.comparing(StoryMember::id));
      return out;
    }

    @Override
    public boolean common(int anchor) {
      // Asked only for the anchors of passages two articles share: few, so one look-up each.
      Boolean known = common.get(anchor);
      if (known == null) {
        try {
          known = reader.docFreq(new Term(Schema.STORY_TERMS, Schema.anchorTerm(anchor))) > COMMON_ANCHOR;
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        common.put(anchor, known);
      }
      return known;
    }

    @Override
    public void file(StoryMember m) throws IOException {
      writer.updateDocValues(new Term(Schema.ID, m.id()),
          new BinaryDocValuesField(Schema.STORY, new BytesRef(m.story())),
          new BinaryDocValuesField(Schema.COPY_OF, new BytesRef(m.copyOf() == null ? "" : m.copyOf())),
          new BinaryDocValuesField(Schema.INFERRED_AGENCY,
              new BytesRef(m.inferredAgency() == null ? "" : m.inferredAgency())));
    }

    /** The member of the article document {@code doc}; null when it has no fingerprint (not an article). */
    private StoryMember read(int doc) throws IOException {
      Optional<StoryMember> m = read.get(doc);
      if (m == null) {
        m = Optional.ofNullable(readUncached(doc));
        read.put(doc, m);
      }
      return m.orElse(null);
    }

    private StoryMember readUncached(int doc) throws IOException {
      LeafReaderContext leaf = reader.leaves().get(ReaderUtil.subIndex(doc, reader.leaves()));
      int local = doc - leaf.docBase;
      BinaryDocValues fp = leaf.reader().getBinaryDocValues(Schema.FINGERPRINT);
      if (fp == null || !fp.advanceExact(local)) {
        return null;
      }
      Fingerprint fingerprint = Fingerprint.read(BytesRef.deepCopyOf(fp.binaryValue()).bytes);
      BinaryDocValues sources = leaf.reader().getBinaryDocValues(Schema.HIT_SOURCE);
      if (sources == null || !sources.advanceExact(local)) {
        return null;
      }
      String[] source = sources.binaryValue().utf8ToString().split("\t", -1);
      String id = source[0];
      SortedNumericDocValues day = leaf.reader().getSortedNumericDocValues(Schema.PUBLISHED_DAY);
      LocalDate published = day != null && day.advanceExact(local) ? LocalDate.ofEpochDay(day.nextValue()) : null;
      Syndication s = new StoryValues(leaf.reader()).at(local);
      return new StoryMember(id, fingerprint, published, emptyToNull(source[1]), emptyToNull(source[2]),
          s == null ? id : s.story(), s == null ? null : s.copyOf(), s == null ? null : s.inferredAgency());
    }
  }

  private static String emptyToNull(String s) {
    return s.isEmpty() ? null : s;
  }
}
