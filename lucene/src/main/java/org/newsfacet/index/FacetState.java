package org.newsfacet.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.newsfacet.extract.Outlets;
import org.newsfacet.search.Dimensions;
import org.newsfacet.search.FacetCount;

/**
 * The facet ordinals of one index reader and what is read from them: the labels of each dimension
 * and the counts of a search. Built once per reader, as building it walks all values; {@link
 * #state()} is null while nothing with a facet is indexed, and every method then answers empty.
 */
final class FacetState {
  private static final Outlets OUTLETS = Outlets.bundled();

  private final IndexReader reader;
  private final long version;
  private final FacetsConfig config;
  private final SortedSetDocValuesReaderState state;
  /** The values of each flat dimension by their lower-case form, read when first asked for. */
  private final Map<String, Map<String, String>> labels = new ConcurrentHashMap<>();
  /** The values of each flat dimension, sorted, read when first asked for. */
  private final Map<String, List<String>> sortedNames = new ConcurrentHashMap<>();

  FacetState(IndexReader reader, FacetsConfig config) throws IOException {
    this.reader = reader;
    this.version = reader instanceof DirectoryReader d ? d.getVersion() : 0;
    this.config = config;
    this.state = FieldInfos.getMergedFieldInfos(reader).fieldInfo(FacetsConfig.DEFAULT_INDEX_FIELD_NAME) == null
        ? null : new DefaultSortedSetDocValuesReaderState(reader, config);
  }

  /** The reader this state was built for. */
  IndexReader reader() {
    return reader;
  }

  /** The version of the reader, to keep the state of the newest. */
  long version() {
    return version;
  }

  /** Lucene's ordinal state, or null when nothing with a facet is indexed. */
  SortedSetDocValuesReaderState state() {
    return state;
  }

  /** True when some document has a value for the dimension: Lucene's counts fail on a missing one. */
  boolean indexed(String dim) {
    return state != null
        && (config.getDimConfig(dim).hierarchical ? state.getDimTree(dim) != null : state.getOrdRange(dim) != null);
  }

  /**
   * The indexed facet value a user's name stands for: the registry's canonical name for an alias
   * ("Associated Press" is "AP"), then any indexed value equal to it ignoring case.
   */
  String label(String dim, String value) {
    String canonical = OUTLETS.canonical(value);
    if (state == null) {
      return canonical;
    }
    Map<String, String> known = labels(dim);
    for (String candidate : List.of(canonical, value)) {
      String label = known.get(candidate.toLowerCase(Locale.ROOT));
      if (label != null) {
        return label;
      }
    }
    return canonical;
  }

  /** Every value of a flat dimension, sorted: read from the ordinals once, not by counting documents. */
  List<String> names(String dim) {
    return indexed(dim) ? sortedNames.computeIfAbsent(dim, d -> labels(d).values().stream().sorted().toList()) : List.of();
  }

  private Map<String, String> labels(String dim) {
    return labels.computeIfAbsent(dim, d -> {
      Map<String, String> out = new HashMap<>();
      SortedSetDocValuesReaderState.OrdRange range = state.getOrdRange(d);
      if (range == null) {
        return out;
      }
      try {
        SortedSetDocValues values = state.getDocValues();
        for (int ord = range.start(); ord <= range.end(); ord++) {
          String[] path = FacetsConfig.stringToPath(values.lookupOrd(ord).utf8ToString());
          String label = path[path.length - 1];
          out.putIfAbsent(label.toLowerCase(Locale.ROOT), label);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return out;
    });
  }

  /** The counts of the matches {@code fc} collected, or null while nothing with a facet is indexed. */
  Facets counts(FacetsCollector fc) throws IOException {
    return state == null ? null : new SortedSetDocValuesFacetCounts(state, fc);
  }

  /** The top {@code top} values of each dimension that has any, in the order given. */
  Map<String, List<FacetCount>> top(FacetsCollector fc, List<String> dimensions, int top) throws IOException {
    Map<String, List<FacetCount>> out = new LinkedHashMap<>();
    Facets counts = counts(fc);
    for (String dim : dimensions) {
      if (!indexed(dim)) {
        continue; // no document has the dimension yet (an index of undated articles has no dates)
      }
      List<FacetCount> values = top(counts, dim, top);
      if (!values.isEmpty()) {
        out.put(dim, values);
      }
    }
    return out;
  }

  /**
   * The top {@code top} values of each flat dimension (and the dates, as {@link #published} counts
   * them), counting stories instead of documents: a value counts once for each story that any match
   * of it carries.
   */
  Map<String, List<FacetCount>> topStories(FacetsCollector fc, List<String> dimensions, int top) throws IOException {
    Map<String, List<FacetCount>> out = new LinkedHashMap<>();
    if (state == null) {
      return out;
    }
    Map<String, Map<String, Set<Integer>>> stories = new HashMap<>();
    dimensions.forEach(d -> stories.put(d, new HashMap<>()));
    Map<String, Integer> storyNumbers = new HashMap<>();
    List<Map<String, Set<Integer>>> dates = List.of(new HashMap<>(), new HashMap<>(), new HashMap<>()); // year, month, day
    Map<Long, String[]> paths = new HashMap<>();
    SortedSetDocValues values = state.getDocValues(); // ordinals over the whole reader, read in document order
    for (FacetsCollector.MatchingDocs m : fc.getMatchingDocs()) {
      if (m.bits() == null) {
        continue;
      }
      StoryValues story = new StoryValues(m.context().reader());
      DocIdSetIterator docs = m.bits().iterator();
      for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
        int global = m.context().docBase + doc;
        if (!values.advanceExact(global)) {
          continue;
        }
        org.newsfacet.search.Syndication found = story.at(doc);
        String s = found != null ? found.story() : "doc" + global;
        Integer number = storyNumbers.computeIfAbsent(s, k -> storyNumbers.size());
        for (int i = 0; i < values.docValueCount(); i++) {
          long ord = values.nextOrd();
          String[] path = paths.get(ord);
          if (path == null) {
            path = FacetsConfig.stringToPath(values.lookupOrd(ord).utf8ToString());
            paths.put(ord, path);
          }
          Map<String, Set<Integer>> dim = stories.get(path[0]);
          if (dim != null && Dimensions.PUBLISHED.equals(path[0])) {
            addDates(dates, path, number);
          } else if (dim != null && path.length >= 2) {
            dim.computeIfAbsent(path[1], k -> new HashSet<>()).add(number);
          }
        }
      }
    }
    if (stories.containsKey(Dimensions.PUBLISHED)) {
      // As the counts of documents: the years when several, else the months when several, else the days.
      stories.put(Dimensions.PUBLISHED, dates.get(0).size() > 1 ? dates.get(0) : dates.get(1).size() > 1 ? dates.get(1)
          : dates.get(2));
    }
    for (String dim : dimensions) {
      List<FacetCount> counts = stories.get(dim).entrySet().stream()
          .map(e -> new FacetCount(e.getKey(), e.getValue().size()))
          .sorted(Comparator.comparingLong(FacetCount::count).reversed().thenComparing(FacetCount::value))
          .limit(top).toList();
      if (!counts.isEmpty()) {
        out.put(dim, counts);
      }
    }
    return out;
  }

  /** The top {@code top} values of one dimension of {@code facets}; the dates as {@link #published} counts them. */
  static List<FacetCount> top(Facets facets, String dim, int top) throws IOException {
    if (facets == null) {
      return List.of();
    }
    if (Dimensions.PUBLISHED.equals(dim)) {
      return published(facets, top);
    }
    FacetResult r;
    try {
      r = facets.getTopChildren(top, dim);
    } catch (IllegalArgumentException e) {
      return List.of(); // no article has this dimension yet
    }
    return r == null ? List.of()
        : Arrays.stream(r.labelValues).map(lv -> new FacetCount(lv.label, lv.value.longValue())).toList();
  }

  /**
   * The publication dates counted at the level that splits the matches, so that the counts point
   * where to drill: by year (2031) when they span several years, else by month (2031-03) when they
   * span several months, else by day (2031-03-04). Descends the year / month / day hierarchy.
   */
  private static List<FacetCount> published(Facets facets, int top) throws IOException {
    List<String> path = new ArrayList<>();
    while (true) {
      FacetResult r;
      try {
        r = facets.getTopChildren(top, Dimensions.PUBLISHED, path.toArray(String[]::new));
      } catch (IllegalArgumentException e) {
        return List.of(); // no article has a date yet
      }
      if (r == null) {
        return List.of();
      }
      if (r.childCount == 1 && path.size() < 2) {
        path.add(r.labelValues[0].label); // one year, or one month: count what it holds
        continue;
      }
      String prefix = path.isEmpty() ? "" : String.join("-", path) + "-";
      return Arrays.stream(r.labelValues).map(lv -> new FacetCount(prefix + lv.label, lv.value.longValue())).toList();
    }
  }

  /**
   * The key, for each level of the year / month / day hierarchy a date's facet path reaches, under
   * which its stories are counted: 2031, 2031-03, 2031-03-04.
   */
  private static void addDates(List<Map<String, Set<Integer>>> levels, String[] path, Integer story) {
    for (int level = 1; level < path.length && level <= levels.size(); level++) {
      levels.get(level - 1).computeIfAbsent(String.join("-", Arrays.copyOfRange(path, 1, level + 1)),
          k -> new HashSet<>()).add(story);
    }
  }

  /** Every value of a dimension of {@code facets}, most frequent first, then by name. */
  List<FacetCount> all(Facets facets, String dim) throws IOException {
    if (facets == null || !indexed(dim)) {
      return List.of();
    }
    FacetResult r;
    try {
      r = facets.getAllChildren(dim);
    } catch (IllegalArgumentException e) {
      return List.of(); // no article has this dimension yet
    }
    if (r == null) {
      return List.of();
    }
    return Arrays.stream(r.labelValues)
        .map(lv -> new FacetCount(lv.label, lv.value.longValue()))
        .sorted(Comparator.comparingLong(FacetCount::count).reversed().thenComparing(FacetCount::value))
        .toList();
  }
}
