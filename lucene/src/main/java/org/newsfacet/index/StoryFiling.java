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
import org.apache.lucene.util.BitUtil;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.BytesRefBuilder;
import org.apache.lucene.util.FixedBitSet;
import org.apache.lucene.util.IntroSorter;
import org.newsfacet.search.Syndication;
import org.newsfacet.story.Candidates;
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
  /** See {@link Candidates#COMMON_ANCHOR}. */
  static final int COMMON_ANCHOR = Candidates.COMMON_ANCHOR;
  private static final int MAX_CANDIDATES = Candidates.MAX;
  private static final int MIN_SHARED = Candidates.MIN_SHARED;
  /** {@link Candidates#SAMPLE}, per segment and in the round. */
  private static final int SAMPLE = Candidates.SAMPLE;
  /**
   * A segment with fewer terms than this many times the round's is read whole beside them rather
   * than sought term by term: reading a term costs a fraction of seeking one.
   */
  private static final int READ_RATIO = 4;

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

  /**
   * Runs {@code work} (a round and the commit after it) while no article is written: what the
   * commit makes durable is then exactly what the round filed.
   */
  void withoutWriters(Write work) throws IOException {
    lock.writeLock().lock();
    try {
      work.run();
    } finally {
      lock.writeLock().unlock();
    }
  }

  /** Files what was written and re-checks what lost an article; the caller commits afterwards (see {@link #withoutWriters}). */
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
    /** The documents of the articles asked for by id. */
    private final Map<String, Integer> located = new ConcurrentHashMap<>();

    Store(DirectoryReader reader) {
      this.reader = reader;
      this.searcher = new IndexSearcher(reader);
    }

    @Override
    public Optional<StoryMember> member(String id) throws IOException {
      ScoreDoc[] hits = searcher.search(new TermQuery(new Term(Schema.ID, id)), 1).scoreDocs;
      if (hits.length == 0) {
        return Optional.empty();
      }
      located.put(id, hits[0].doc);
      return Optional.ofNullable(read(hits[0].doc));
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
     * The candidates of a whole round, from its articles' band and anchor terms: the articles of
     * the round find each other in those terms themselves; the articles filed before are found
     * in each segment, either by seeking the round's terms in order (most are in no segment, which
     * its Bloom filter tells at once) or, in a segment with few terms, by reading its terms beside
     * the round's. Each shared term counts once per pair. A band key carried by more than
     * {@value #SAMPLE} articles gives the first {@value #SAMPLE} of them; an anchor carried by
     * more gives none. Each article's candidates are those that share at least
     * {@value #MIN_SHARED} terms, the most first.
     */
    @Override
    public Map<String, List<StoryMember>> candidates(Collection<StoryMember> articles) throws IOException {
      List<StoryMember> list = new ArrayList<>();
      List<Integer> docs = new ArrayList<>();
      for (StoryMember m : articles) {
        Integer doc = located.get(m.id());
        if (doc == null && member(m.id()).isPresent()) {
          doc = located.get(m.id());
        }
        if (doc != null) {
          list.add(m);
          docs.add(doc);
        }
      }
      int[] docOf = docs.stream().mapToInt(Integer::intValue).toArray();
      RoundTerms terms = RoundTerms.of(list);
      Pairs pairs = new Pairs();
      for (int t = 0; t < terms.size();) {
        int end = terms.next(t);
        if (end - t > 1 && !(terms.anchor(t) && end - t > SAMPLE)) {
          for (int a = t; a < end; a++) {
            // Each holder meets the first few others: a story is reached through any of them.
            int met = 0;
            for (int b = t; b < end && met < SAMPLE; b++) {
              if (a != b) {
                pairs.add(terms.holder(a), docOf[terms.holder(b)]);
                met++;
              }
            }
          }
        }
        t = end;
      }
      FixedBitSet fresh = new FixedBitSet(reader.maxDoc());
      int[] freshPerLeaf = new int[reader.leaves().size()];
      for (int i = 0; i < docOf.length; i++) {
        fresh.set(docOf[i]);
        if (terms.holds(i)) {
          freshPerLeaf[ReaderUtil.subIndex(docOf[i], reader.leaves())]++;
        }
      }
      Postings postings = new Postings(terms, fresh, pairs);
      for (LeafReaderContext leaf : reader.leaves()) {
        Terms field = leaf.reader().terms(Schema.STORY_TERMS);
        // A segment that holds only articles of this round (one flushed for it) has nothing more.
        if (field == null || field.getDocCount() == freshPerLeaf[leaf.ord]) {
          continue;
        }
        TermsEnum te = field.iterator();
        long size = field.size();
        if (size >= 0 && size < READ_RATIO * (long) terms.distinct()) {
          // Few terms: read them all beside the round's, both in order.
          BytesRefBuilder mine = new BytesRefBuilder();
          int t = 0;
          for (BytesRef theirs = te.next(); theirs != null && t < terms.size();) {
            int c = terms.term(t, mine).compareTo(theirs);
            if (c < 0) {
              t = terms.next(t);
            } else if (c > 0) {
              theirs = te.next();
            } else {
              postings.add(leaf, te, t);
              t = terms.next(t);
              theirs = te.next();
            }
          }
        } else {
          BytesRefBuilder term = new BytesRefBuilder();
          for (int t = 0; t < terms.size(); t = terms.next(t)) {
            if (te.seekExact(terms.term(t, term))) {
              postings.add(leaf, te, t);
            }
          }
        }
      }
      long[] counted = pairs.sorted();
      int n = pairs.size();
      Map<Integer, List<long[]>> byArticle = new HashMap<>();
      for (int i = 0; i < n;) {
        int j = i;
        while (j < n && counted[j] == counted[i]) {
          j++;
        }
        if (j - i >= MIN_SHARED) {
          byArticle.computeIfAbsent((int) (counted[i] >>> 32), k -> new ArrayList<>())
              .add(new long[] {counted[i] & 0xFFFFFFFFL, j - i});
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

  /**
   * Pairs of a round's article and a candidate document, one for each term they share: the
   * article's index in the high half of a long, the document in the low; sorted, equal pairs are
   * counted (cheaper than a map of boxed counts).
   */
  private static final class Pairs {
    private long[] pairs = new long[1024];
    private int size;

    void add(int article, int doc) {
      if (size == pairs.length) {
        pairs = Arrays.copyOf(pairs, size * 2);
      }
      pairs[size++] = (long) article << 32 | doc;
    }

    int size() {
      return size;
    }

    long[] sorted() {
      Arrays.sort(pairs, 0, size);
      return pairs;
    }
  }

  /** Reads the postings of the round's terms found in a segment into pairs. */
  private static final class Postings {
    private final RoundTerms terms;
    private final FixedBitSet fresh;
    private final Pairs pairs;
    private PostingsEnum reuse;

    Postings(RoundTerms terms, FixedBitSet fresh, Pairs pairs) {
      this.terms = terms;
      this.fresh = fresh;
      this.pairs = pairs;
    }

    /**
     * Pairs each holder of term {@code t} with the segment's first few live articles that carry
     * it and are not the round's; none for a common anchor.
     */
    void add(LeafReaderContext leaf, TermsEnum te, int t) throws IOException {
      if (terms.anchor(t) && te.docFreq() > SAMPLE) {
        return;
      }
      reuse = te.postings(reuse, PostingsEnum.NONE);
      var live = leaf.reader().getLiveDocs();
      int end = terms.next(t);
      int taken = 0;
      for (int doc = reuse.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS && taken < SAMPLE; doc = reuse.nextDoc()) {
        int global = leaf.docBase + doc;
        if (live != null && !live.get(doc) || fresh.get(global)) {
          continue;
        }
        taken++;
        for (int i = t; i < end; i++) {
          pairs.add(terms.holder(i), global);
        }
      }
    }
  }

  /**
   * The story terms of a round's articles in the order of their bytes (anchors, then bands; each
   * kind by its value unsigned), each with the article that carries it: primitive arrays, sorted,
   * since a round has about a hundred terms for each of its thousands of articles.
   */
  static final class RoundTerms {
    /** The term's kind: {@link Schema#ANCHOR} or {@link Schema#BAND}. */
    private final byte[] kinds;
    private final long[] values;
    private final int[] holders;
    private final int distinct;
    /** The articles that have terms at all. */
    private final FixedBitSet holding;

    private RoundTerms(byte[] kinds, long[] values, int[] holders, int articles) {
      this.kinds = kinds;
      this.values = values;
      this.holders = holders;
      this.holding = new FixedBitSet(Math.max(1, articles));
      for (int holder : holders) {
        holding.set(holder);
      }
      int d = 0;
      for (int t = 0; t < kinds.length; t = next(t)) {
        d++;
      }
      this.distinct = d;
    }

    static RoundTerms of(List<StoryMember> articles) {
      int[][] anchorsOf = new int[articles.size()][];
      long[][] bandsOf = new long[articles.size()][];
      int anchorCount = 0;
      int bandCount = 0;
      for (int i = 0; i < articles.size(); i++) {
        anchorsOf[i] = articles.get(i).fingerprint().anchors();
        bandsOf[i] = articles.get(i).fingerprint().bands();
        anchorCount += anchorsOf[i].length;
        bandCount += bandsOf[i].length;
      }
      // An anchor and its article fit one long: the anchor's sign bit flipped in the high half, so
      // that the long's signed order is the anchor's unsigned order (its term's byte order), then
      // the article's index.
      long[] anchors = new long[anchorCount];
      int a = 0;
      for (int i = 0; i < articles.size(); i++) {
        for (int anchor : anchorsOf[i]) {
          anchors[a++] = (long) (anchor ^ Integer.MIN_VALUE) << 32 | i;
        }
      }
      Arrays.sort(anchors);
      // A band key takes a long of its own: sorted beside its article, by the key unsigned.
      long[] bandKeys = new long[bandCount];
      int[] bandHolders = new int[bandCount];
      int b = 0;
      for (int i = 0; i < articles.size(); i++) {
        for (long band : bandsOf[i]) {
          bandKeys[b] = band ^ Long.MIN_VALUE; // signed order of the flipped key = unsigned order of the key
          bandHolders[b++] = i;
        }
      }
      // By key, then by article, as the anchors: every term's holders in one order, so that each
      // term's first few holders are the same articles.
      new IntroSorter() {
        private long pivot;
        private int pivotHolder;

        @Override
        protected void swap(int i, int j) {
          long k = bandKeys[i];
          bandKeys[i] = bandKeys[j];
          bandKeys[j] = k;
          int h = bandHolders[i];
          bandHolders[i] = bandHolders[j];
          bandHolders[j] = h;
        }

        @Override
        protected int compare(int i, int j) {
          int c = Long.compare(bandKeys[i], bandKeys[j]);
          return c != 0 ? c : Integer.compare(bandHolders[i], bandHolders[j]);
        }

        @Override
        protected void setPivot(int i) {
          pivot = bandKeys[i];
          pivotHolder = bandHolders[i];
        }

        @Override
        protected int comparePivot(int j) {
          int c = Long.compare(pivot, bandKeys[j]);
          return c != 0 ? c : Integer.compare(pivotHolder, bandHolders[j]);
        }
      }.sort(0, bandCount);
      byte[] kinds = new byte[anchorCount + bandCount];
      long[] values = new long[kinds.length];
      int[] holders = new int[kinds.length];
      for (int i = 0; i < anchorCount; i++) {
        kinds[i] = Schema.ANCHOR;
        values[i] = Integer.toUnsignedLong((int) (anchors[i] >> 32) ^ Integer.MIN_VALUE);
        holders[i] = (int) anchors[i];
      }
      for (int i = 0; i < bandCount; i++) {
        kinds[anchorCount + i] = Schema.BAND;
        values[anchorCount + i] = bandKeys[i] ^ Long.MIN_VALUE;
        holders[anchorCount + i] = bandHolders[i];
      }
      return new RoundTerms(kinds, values, holders, articles.size());
    }

    int size() {
      return kinds.length;
    }

    /** How many distinct terms. */
    int distinct() {
      return distinct;
    }

    /** True when the article of index {@code article} has any term. */
    boolean holds(int article) {
      return holding.get(article);
    }

    /** True when entry {@code i}'s term is an anchor. */
    boolean anchor(int i) {
      return kinds[i] == Schema.ANCHOR;
    }

    /** The first entry after {@code i} with another term. */
    int next(int i) {
      int j = i + 1;
      while (j < kinds.length && kinds[j] == kinds[i] && values[j] == values[i]) {
        j++;
      }
      return j;
    }

    /** The term of entry {@code i}, in {@code into}'s bytes. */
    BytesRef term(int i, BytesRefBuilder into) {
      into.grow(1 + Long.BYTES);
      into.setByteAt(0, kinds[i]);
      if (kinds[i] == Schema.ANCHOR) {
        BitUtil.VH_BE_INT.set(into.bytes(), 1, (int) values[i]);
        into.setLength(1 + Integer.BYTES);
      } else {
        BitUtil.VH_BE_LONG.set(into.bytes(), 1, values[i]);
        into.setLength(1 + Long.BYTES);
      }
      return into.get();
    }

    /** The index of the article that carries entry {@code i}'s term. */
    int holder(int i) {
      return holders[i];
    }
  }

  private static String emptyToNull(String s) {
    return s.isEmpty() ? null : s;
  }
}
