package org.newsfacet.index;

import java.io.IOException;
import java.io.UncheckedIOException;
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
   * The top {@code top} values of each flat dimension (and the years of publication), counting
   * stories instead of documents: a value counts once for each story that any match of it carries.
   */
  Map<String, List<FacetCount>> topStories(FacetsCollector fc, List<String> dimensions, int top) throws IOException {
    Map<String, List<FacetCount>> out = new LinkedHashMap<>();
    if (state == null) {
      return out;
    }
    Map<String, Map<String, Set<Integer>>> stories = new HashMap<>();
    dimensions.forEach(d -> stories.put(d, new HashMap<>()));
    Map<String, Integer> storyNumbers = new HashMap<>();
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
          if (dim != null && path.length >= 2) {
            dim.computeIfAbsent(path[1], k -> new HashSet<>()).add(number); // a year, for the date hierarchy
          }
        }
      }
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

  /** The top {@code top} values of one dimension of {@code facets}. */
  static List<FacetCount> top(Facets facets, String dim, int top) throws IOException {
    if (facets == null) {
      return List.of();
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
