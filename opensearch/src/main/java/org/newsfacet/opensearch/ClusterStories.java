package org.newsfacet.opensearch;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.opensearch.client.json.JsonData;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch._types.Conflicts;
import org.opensearch.client.opensearch._types.OpenSearchException;
import org.opensearch.client.opensearch._types.FieldValue;

import org.opensearch.client.opensearch._types.query_dsl.Query;
import org.opensearch.client.opensearch.core.GetResponse;
import org.opensearch.client.opensearch.core.MgetResponse;
import org.opensearch.client.opensearch.core.MsearchResponse;
import org.opensearch.client.opensearch.core.SearchResponse;
import org.opensearch.client.opensearch.core.UpdateByQueryResponse;
import org.opensearch.client.opensearch.core.mget.MultiGetResponseItem;
import org.opensearch.client.opensearch.core.msearch.MultiSearchResponseItem;
import org.opensearch.client.opensearch.core.msearch.RequestItem;
import org.opensearch.client.opensearch.core.search.Hit;
import org.opensearch.client.transport.httpclient5.ResponseException;
import org.newsfacet.search.Dimensions;
import org.newsfacet.search.Syndication;
import org.newsfacet.story.Candidates;
import org.newsfacet.story.Fingerprint;
import org.newsfacet.story.Stories;
import org.newsfacet.story.StoryMember;
import org.newsfacet.story.StoryStore;

/**
 * Story filing on a cluster: the articles a round files are read, their candidates found by
 * their band keys and anchors (among the round in memory, among earlier articles by a query each
 * where their terms are carried outside the round; each candidate read once, many in one
 * multi-get), verified on this machine by the same rules as the embedded index ({@link Stories}),
 * and what changed is written back to every document of each article by one update by query per
 * thousand articles.
 */
final class ClusterStories implements StoryStore {
  private static final int COMMON_ANCHOR = Candidates.COMMON_ANCHOR;
  private static final int MAX_CANDIDATES = Candidates.MAX;
  /** Clauses of one candidate query at most: the cluster refuses more than 1,024 ({@code indices.query.bool.max_clause_count}). */
  private static final int MAX_CLAUSES = 1000;
  private static final int MIN_SHARED = Candidates.MIN_SHARED;
  /** {@link Candidates#SAMPLE}, in the round and on the cluster. */
  private static final int SAMPLE = Candidates.SAMPLE;
  /** Articles per read or update request. */
  private static final int CHUNK = 1000;
  /** Searches per multi-search request. */
  private static final int SEARCHES = 100;
  /** Terms counted per request. */
  private static final int COUNTS = 5000;
  /** What a story member is read from. */
  private static final List<String> MEMBER_FIELDS = List.of(ClusterMapping.ID, ClusterMapping.FINGERPRINT,
      Dimensions.OUTLET, Dimensions.AGENCY, Dimensions.PUBLISHED, ClusterMapping.STORY,
      ClusterMapping.COPY_OF, ClusterMapping.INFERRED_AGENCY);
  /**
   * Files an article's story on each of its documents; an entry is its story and its claim. The
   * new values come by article id in {@code params.filed}.
   */
  private static final String FILE_SCRIPT = """
      def f = params.filed[ctx._source.article_id];
      ctx._source.story = f.story;
      ctx._source.copy_of = f.copy_of;
      ctx._source.inferred_agency = f.inferred_agency;
      if (ctx._source.claim != null) { ctx._source.entry = f.story + params.separator + ctx._source.claim; }
      """;

  private final OpenSearchClient client;
  private final String index;
  private final Map<String, StoryMember> filed = new LinkedHashMap<>();
  /** The members read so far in this round, by id: an article is the candidate of many. */
  private final Map<String, StoryMember> read = new ConcurrentHashMap<>();
  private final Map<Integer, Boolean> common = new ConcurrentHashMap<>();

  private ClusterStories(OpenSearchClient client, String index) {
    this.client = client;
    this.index = index;
  }

  /**
   * Files these articles in their stories, and checks again the stories that lost or changed an
   * article ({@code changed}: those that articles written again were filed in before): refreshes
   * first, so that every article written so far is a candidate, and after, so that searches see
   * the stories.
   */
  static Stories.Round file(OpenSearchClient client, String index, Collection<String> added,
      Collection<String> changed) throws IOException {
    if (added.isEmpty()) {
      return new Stories.Round(0, 0);
    }
    String owner = lock(client, index);
    try {
      client.indices().refresh(r -> r.index(index));
      ClusterStories store = new ClusterStories(client, index);
      store.read(added);
      Stories.Round round = Stories.file(store, added, changed);
      store.flush();
      client.indices().refresh(r -> r.index(index));
      return round;
    } finally {
      unlock(client, index, owner);
    }
  }

  /** The id of the document that says a machine is filing stories in the index now. */
  private static final String LOCK = "#story-filing";
  /** How long a machine may hold the lock before another takes it over (one that died while filing). */
  private static final long LOCK_STALE_MILLIS = 30 * 60 * 1000L;

  /**
   * Takes the index's filing lock, waiting while another machine holds it: two machines filing at
   * once would each read the other's articles before the other's filing is written, and write
   * back what they read (a copy group lost). The lock is a document created only if absent.
   */
  private static String lock(OpenSearchClient client, String index) throws IOException {
    String owner = UUID.randomUUID() + "@" + System.currentTimeMillis();
    long waited = 0;
    while (true) {
      try {
        client.create(c -> c.index(index).id(LOCK).document(Map.of(ClusterMapping.TYPE, ClusterMapping.LOCK,
            ClusterMapping.ID, owner)));
        return owner;
      } catch (OpenSearchException e) {
        if (e.status() != 409) {
          throw new IOException("the cluster refused the story-filing lock: " + e.getMessage(), e);
        }
      } catch (ResponseException e) { // how this client reports a conflict on create
        if (e.status() != 409) {
          throw e;
        }
      }
      GetResponse<Map> held = client.get(g -> g.index(index).id(LOCK), Map.class);
      if (held.found() && held.source() != null && stale(String.valueOf(held.source().get(ClusterMapping.ID)))) {
        try {
          client.delete(d -> d.index(index).id(LOCK).ifSeqNo(held.seqNo()).ifPrimaryTerm(held.primaryTerm()));
        } catch (OpenSearchException | ResponseException e) {
          // another machine took it over first
        }
        continue;
      }
      if (waited > LOCK_STALE_MILLIS) {
        throw new IOException("another machine has been filing stories in " + index + " for "
            + LOCK_STALE_MILLIS / 60_000 + " minutes; try again later");
      }
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted while another machine was filing stories", e);
      }
      waited += 200;
    }
  }

  private static boolean stale(String owner) {
    int at = owner.lastIndexOf('@');
    try {
      return at < 0 || System.currentTimeMillis() - Long.parseLong(owner.substring(at + 1)) > LOCK_STALE_MILLIS;
    } catch (NumberFormatException e) {
      return true;
    }
  }

  private static void unlock(OpenSearchClient client, String index, String owner) throws IOException {
    GetResponse<Map> held = client.get(g -> g.index(index).id(LOCK), Map.class);
    if (held.found() && held.source() != null && owner.equals(held.source().get(ClusterMapping.ID))) {
      client.delete(d -> d.index(index).id(LOCK).ifSeqNo(held.seqNo()).ifPrimaryTerm(held.primaryTerm()));
    }
  }

  @Override
  public Optional<StoryMember> member(String id) throws IOException {
    StoryMember known = read.get(id);
    if (known != null) {
      return Optional.of(known);
    }
    read(List.of(id));
    return Optional.ofNullable(read.get(id));
  }

  /** Reads the articles of these ids that are not read yet, a thousand to a request. */
  private void read(Collection<String> ids) throws IOException {
    List<String> wanted = ids.stream().filter(id -> !read.containsKey(id)).distinct().toList();
    for (int from = 0; from < wanted.size(); from += CHUNK) {
      List<String> chunk = wanted.subList(from, Math.min(wanted.size(), from + CHUNK));
      MgetResponse<Map> response = client.mget(m -> m.index(index).ids(chunk).sourceIncludes(MEMBER_FIELDS),
          Map.class);
      for (MultiGetResponseItem<Map> item : response.docs()) {
        if (item.isResult() && item.result().found() && item.result().source() != null
            && item.result().source().get(ClusterMapping.FINGERPRINT) != null) {
          StoryMember m = member(item.result().source());
          read.put(m.id(), m);
        }
      }
    }
  }

  /** One article's candidates among every article (a story re-checked through candidates asks). */
  @Override
  public List<StoryMember> candidates(String id, Fingerprint fingerprint) throws IOException {
    List<String> terms = terms(new StoryMember(id, fingerprint, null, null, null, id, null, null));
    SearchResponse<Void> response = client.search(s -> s.index(index).size(MAX_CANDIDATES)
        .query(candidateQuery(terms)).source(x -> x.fetch(false)), Void.class);
    List<String> ids = response.hits().hits().stream().map(Hit::id).filter(x -> !x.equals(id)).toList();
    read(ids);
    return ids.stream().map(read::get).filter(java.util.Objects::nonNull).toList();
  }

  /**
   * The candidates of a round's articles, as the embedded index finds them. The round's articles
   * pair in memory: two share a term when one of them is among the term's first {@value #SAMPLE}
   * holders in the round, and an anchor that more than {@value #SAMPLE} of them carry pairs nobody.
   * The round's terms are then counted on the cluster, thousands to a request; an anchor that more
   * than {@value #SAMPLE} articles carry there finds nothing either. Only an article with at least
   * {@value #MIN_SHARED} terms carried outside the round is looked for among the articles filed
   * before, one query each, a hundred to a multi-search (a corpus's first round asks none). Each
   * article's candidates are those that share the most terms with it, at most {@value #MAX_CANDIDATES}.
   */
  @Override
  public Map<String, List<StoryMember>> candidates(Collection<StoryMember> articles) throws IOException {
    List<StoryMember> all = List.copyOf(articles);
    int n = all.size();
    List<List<String>> terms = all.stream().map(m -> terms(m)).toList();
    Map<String, int[]> holders = new HashMap<>(); // a term's holders in the round, in round order: [size, i0, i1, ...]
    for (int i = 0; i < n; i++) {
      for (String t : terms.get(i)) {
        int[] h = holders.get(t);
        if (h == null) {
          holders.put(t, new int[] {1, i});
        } else {
          if (h[0] + 1 == h.length) {
            holders.put(t, h = Arrays.copyOf(h, h.length * 2));
          }
          h[++h[0]] = i;
        }
      }
    }
    Map<String, Long> carriers = carriers(List.copyOf(holders.keySet()));
    holders.forEach((t, h) -> {
      if (t.charAt(0) == ANCHOR) {
        long count = carriers.getOrDefault(t, 0L);
        if (count > 0) { // an anchor the count missed is asked when verification needs it
          common.put(ClusterDocuments.anchor(t), count > COMMON_ANCHOR);
        }
      }
    });
    List<Map<String, Integer>> found = new ArrayList<>(n);
    int[] shared = new int[n];
    List<Integer> touched = new ArrayList<>();
    List<Integer> outside = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      int before = 0;
      for (String t : terms.get(i)) {
        int[] h = holders.get(t);
        boolean anchor = t.charAt(0) == ANCHOR;
        long count = carriers.getOrDefault(t, (long) h[0]);
        if (count > h[0] && !(anchor && count > SAMPLE)) {
          before++;
        }
        if (anchor && h[0] > SAMPLE) {
          continue; // a footer's or a stock phrase's
        }
        int first = position(h, i) < SAMPLE ? h[0] : Math.min(h[0], SAMPLE);
        for (int k = 1; k <= first; k++) {
          int other = h[k];
          if (other != i && shared[other]++ == 0) {
            touched.add(other);
          }
        }
      }
      Map<String, Integer> mine = new HashMap<>();
      for (int other : touched) {
        if (shared[other] >= MIN_SHARED) {
          mine.put(all.get(other).id(), shared[other]);
        }
        shared[other] = 0;
      }
      touched.clear();
      found.add(mine);
      if (before >= MIN_SHARED) {
        outside.add(i);
      }
    }
    for (int from = 0; from < outside.size(); from += SEARCHES) {
      List<Integer> chunk = outside.subList(from, Math.min(outside.size(), from + SEARCHES));
      List<RequestItem> searches = new ArrayList<>();
      for (int i : chunk) {
        // Not the anchors that many articles carry; ids only: each candidate is read once (see read).
        List<String> wanted = terms.get(i).stream()
            .filter(t -> t.charAt(0) != ANCHOR || carriers.getOrDefault(t, 0L) <= SAMPLE).toList();
        searches.add(RequestItem.of(r -> r.header(h -> h.index(index)).body(b -> b.size(MAX_CANDIDATES)
            .query(candidateQuery(wanted)).source(s -> s.fetch(false)))));
      }
      MsearchResponse<Map> response = client.msearch(m -> m.searches(searches), Map.class);
      for (int k = 0; k < chunk.size(); k++) {
        MultiSearchResponseItem<Map> item = response.responses().get(k);
        StoryMember m = all.get(chunk.get(k));
        if (item.isFailure()) {
          throw new IOException("the cluster could not look up the candidate stories of " + m.id() + ": "
              + item.failure().error().reason());
        }
        for (Hit<Map> hit : item.result().hits().hits()) {
          if (!hit.id().equals(m.id()) && hit.score() != null) {
            found.get(chunk.get(k)).putIfAbsent(hit.id(), (int) Math.round(hit.score()));
          }
        }
      }
    }
    List<List<String>> chosen = new ArrayList<>();
    List<String> best = new ArrayList<>();
    for (Map<String, Integer> f : found) {
      List<String> ids = f.entrySet().stream()
          .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
          .limit(MAX_CANDIDATES).map(Map.Entry::getKey).toList();
      chosen.add(ids);
      best.addAll(ids);
    }
    read(best);
    Map<String, List<StoryMember>> out = new HashMap<>();
    for (int i = 0; i < n; i++) {
      out.put(all.get(i).id(), chosen.get(i).stream().map(read::get).filter(java.util.Objects::nonNull).toList());
    }
    return out;
  }

  /** Where article {@code i} stands among a term's holders (they are in round order). */
  private static int position(int[] holders, int i) {
    int at = Arrays.binarySearch(holders, 1, holders[0] + 1, i);
    return at < 0 ? Integer.MAX_VALUE : at - 1;
  }

  /** The first character of an anchor's term. */
  private static final char ANCHOR = 'a';

  /** An article's band keys and anchors as terms, under the cluster's clause limit. */
  private static List<String> terms(StoryMember m) {
    List<String> terms = new ArrayList<>();
    for (long band : m.fingerprint().bands()) {
      terms.add(ClusterDocuments.bandTerm(band));
    }
    for (int anchor : m.fingerprint().anchors()) {
      if (terms.size() >= MAX_CLAUSES) {
        break; // a very long body: its first anchors are evidence enough
      }
      terms.add(ClusterDocuments.anchorTerm(anchor));
    }
    return terms;
  }

  /** Articles that share at least {@value #MIN_SHARED} of these terms, each counting one. */
  private static Query candidateQuery(List<String> terms) {
    List<Query> clauses = terms.stream().map(ClusterStories::term).toList();
    return Query.of(q -> q.bool(b -> b.should(clauses).minimumShouldMatch(String.valueOf(MIN_SHARED))));
  }

  /**
   * How many articles carry each of these terms, counted by a terms aggregation over the
   * documents that carry them: exact, since every shard counts every included term.
   */
  private Map<String, Long> carriers(List<String> terms) throws IOException {
    Map<String, Long> out = new HashMap<>();
    for (int from = 0; from < terms.size(); from += COUNTS) {
      List<String> chunk = terms.subList(from, Math.min(terms.size(), from + COUNTS));
      List<FieldValue> values = chunk.stream().map(FieldValue::of).toList();
      SearchResponse<Void> response = client.search(s -> s.index(index).size(0)
          .query(q -> q.terms(t -> t.field(ClusterMapping.STORY_TERMS).terms(v -> v.value(values))))
          // Global ordinals (the default): counting by term instead ("map") was five times slower on a
          // round of generated articles (see the README's cluster figures).
          .aggregations("carried", a -> a.terms(t -> t.field(ClusterMapping.STORY_TERMS).size(chunk.size())
              .shardSize(chunk.size()).include(i -> i.terms(chunk)))), Void.class);
      response.aggregations().get("carried").sterms().buckets().array().forEach(b -> out.put(b.key(), b.docCount()));
    }
    return out;
  }

  private static Query term(String value) {
    return Query.of(q -> q.constantScore(c -> c.filter(f -> f.term(t -> t.field(ClusterMapping.STORY_TERMS)
        .value(FieldValue.of(value))))));
  }

  @Override
  public List<StoryMember> members(Set<String> stories) throws IOException {
    List<StoryMember> out = new ArrayList<>();
    List<FieldValue> all = stories.stream().map(FieldValue::of).toList();
    for (int from = 0; from < all.size(); from += CHUNK) {
      List<FieldValue> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
      Query query = Query.of(q -> q.bool(b -> b.filter(ClusterQueries.type(ClusterMapping.ARTICLE))
          .filter(f -> f.terms(t -> t.field(ClusterMapping.STORY).terms(v -> v.value(chunk))))));
      ClusterQueries.scroll(client, index, query, MEMBER_FIELDS, (id, source) -> out.add(member(source)));
    }
    return out;
  }

  /**
   * Known for every anchor of a round's articles (counted with their candidates); any other is
   * counted when verification asks.
   */
  @Override
  public boolean common(int anchor) {
    Boolean known = common.get(anchor);
    if (known == null) { // asked outside the map's lock: other threads verifying meanwhile go on
      try {
        known = client.count(c -> c.index(index).query(term(ClusterDocuments.anchorTerm(anchor)))).count()
            > COMMON_ANCHOR;
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
      common.put(anchor, known);
    }
    return known;
  }

  @Override
  public synchronized void file(StoryMember changed) {
    filed.put(changed.id(), changed);
  }

  /** Writes what the round filed: every document of each article, a thousand articles to a request. */
  private void flush() throws IOException {
    List<StoryMember> all = List.copyOf(filed.values());
    for (int from = 0; from < all.size(); from += CHUNK) {
      List<StoryMember> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
      Map<String, Map<String, String>> values = new HashMap<>();
      for (StoryMember m : chunk) {
        Map<String, String> v = new HashMap<>();
        v.put("story", m.story());
        v.put("copy_of", m.copyOf());
        v.put("inferred_agency", m.inferredAgency());
        values.put(m.id(), v);
      }
      List<FieldValue> ids = chunk.stream().map(m -> FieldValue.of(m.id())).toList();
      ClusterQueries.byQuery(client, index, "file " + chunk.size() + " articles in their stories", () -> {
        UpdateByQueryResponse r = client.updateByQuery(u -> u.index(index).conflicts(Conflicts.Proceed)
            .query(q -> q.terms(t -> t.field(ClusterMapping.ARTICLE_ID).terms(v -> v.value(ids))))
            .script(s -> s.inline(i -> i.source(FILE_SCRIPT).params("filed", JsonData.of(values))
                .params("separator", JsonData.of(ClusterDocuments.ENTRY_SEPARATOR)))));
        return new ClusterQueries.ByQuery(r.versionConflicts(), r.failures());
      });
    }
    filed.clear();
  }

  /** Every article's story and copy group, by article id. */
  static Map<String, Syndication> all(OpenSearchClient client, String index) throws IOException {
    Map<String, Syndication> out = new LinkedHashMap<>();
    ClusterQueries.scroll(client, index, ClusterQueries.type(ClusterMapping.ARTICLE),
        List.of(ClusterMapping.ID, ClusterMapping.STORY, ClusterMapping.COPY_OF, ClusterMapping.INFERRED_AGENCY),
        (doc, source) -> out.put(doc, syndication(source, doc)));
    return out;
  }

  /** The story fields of a document's source; {@code articleId} alone when it has none. */
  static Syndication syndication(Map<?, ?> source, String articleId) {
    Object story = source.get(ClusterMapping.STORY);
    return story == null ? Syndication.alone(articleId) : new Syndication((String) story,
        (String) source.get(ClusterMapping.COPY_OF), (String) source.get(ClusterMapping.INFERRED_AGENCY));
  }

  private static StoryMember member(Map<?, ?> source) {
    String id = (String) source.get(ClusterMapping.ID);
    Object published = source.get(Dimensions.PUBLISHED);
    Syndication s = syndication(source, id);
    return new StoryMember(id, Fingerprint.read(Base64.getDecoder().decode((String) source.get(ClusterMapping.FINGERPRINT))),
        published == null ? null : LocalDate.parse((String) published), (String) source.get(Dimensions.OUTLET),
        (String) source.get(Dimensions.AGENCY), s.story(), s.copyOf(), s.inferredAgency());
  }
}
