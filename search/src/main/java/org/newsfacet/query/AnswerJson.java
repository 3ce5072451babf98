package org.newsfacet.query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsfacet.model.Article;
import org.newsfacet.model.Figure;
import org.newsfacet.search.Carrier;
import org.newsfacet.search.FacetCount;
import org.newsfacet.search.FigureGroup;
import org.newsfacet.search.FigureHit;
import org.newsfacet.search.Hit;
import org.newsfacet.search.IndexStats;
import org.newsfacet.search.QuoteHit;
import org.newsfacet.search.Related;
import org.newsfacet.search.Syndication;

/**
 * The objects of an answer as JSON, one per line of {@code newsfacet query --json}: the same
 * objects for an embedding application, a web page or an HTTP API, so that every face of Newsfacet
 * answers in one shape. Each is an ordered map of JSON values (strings, numbers, booleans, null,
 * lists and maps); {@code org.newsfacet.json.Json.write} prints it.
 */
public final class AnswerJson {
  private AnswerJson() {}

  /**
   * Every object of an answer, in the order {@code query --json} prints them: the quotations,
   * figures or articles of the page followed by a facet object per counted dimension, or the
   * groups of a comparison.
   *
   * @param answer the answer
   * @return its objects, in order
   */
  public static List<Map<String, Object>> items(Answer answer) {
    List<Map<String, Object>> out = new ArrayList<>();
    switch (answer) {
      case Answer.Quotes a -> {
        a.results().hits().forEach(h -> out.add(quote(h)));
        a.results().facets().forEach((dim, counts) -> out.add(facet(dim, counts)));
      }
      case Answer.Figures a -> {
        a.results().hits().forEach(h -> out.add(figure(h)));
        a.results().facets().forEach((dim, counts) -> out.add(facet(dim, counts)));
      }
      case Answer.Groups a -> a.groups().forEach(g -> out.add(group(g)));
      case Answer.Articles a -> {
        a.results().hits().forEach(h -> out.add(article(h)));
        a.results().facets().forEach((dim, counts) -> out.add(facet(dim, counts)));
      }
    }
    return out;
  }

  /**
   * {@code {"type":"explanation","readAs":[...]}}: how the question was read.
   *
   * @param question the question as read
   * @return its explanation object
   */
  public static Map<String, Object> explanation(Question question) {
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("type", "explanation");
    o.put("readAs", question.explanation());
    return o;
  }

  /**
   * {@code {"type":"quote","speaker","text","kind","partial","attributedBy","articleId","outlet","agency","published","title",
   * "story","copyOf","inferredAgency","copies","carriedBy"}}.
   *
   * @param hit a quotation found
   * @return its object
   */
  public static Map<String, Object> quote(QuoteHit hit) {
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("type", "quote");
    o.put("speaker", hit.quote().speaker());
    o.put("text", hit.quote().text());
    o.put("kind", hit.quote().kind().label());
    o.put("partial", hit.quote().partial());
    o.put("attributedBy", hit.quote().attributedBy());
    o.put("articleId", hit.articleId());
    o.put("outlet", hit.outlet());
    o.put("agency", hit.agency());
    o.put("published", hit.published() == null ? null : hit.published().toString());
    o.put("title", hit.title());
    syndication(o, hit.syndication(), hit.carriedBy());
    return o;
  }

  /**
   * {@code {"type":"figure","text","low","high","approximate","unit","currency","bound","category","claimant",
   * "attributedBy","articleId","outlet","agency","published","story","copyOf","inferredAgency","copies","carriedBy"}},
   * and {@code "independentSources"} in a comparison.
   *
   * @param hit a figure found
   * @return its object
   */
  public static Map<String, Object> figure(FigureHit hit) {
    Figure f = hit.figure();
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("type", "figure");
    o.put("text", f.text());
    o.put("low", f.low());
    o.put("high", f.high());
    o.put("approximate", f.approximate());
    o.put("unit", f.unit());
    o.put("currency", f.currency());
    o.put("bound", f.bound());
    o.put("category", f.category().label());
    o.put("claimant", f.claimant());
    o.put("attributedBy", f.attributedBy());
    o.put("articleId", hit.articleId());
    o.put("outlet", hit.outlet());
    o.put("agency", hit.agency());
    o.put("published", hit.published() == null ? null : hit.published().toString());
    syndication(o, hit.syndication(), hit.carriedBy());
    if (hit.independentSources() > 0) {
      o.put("independentSources", hit.independentSources());
    }
    return o;
  }

  /**
   * The story fields of a quotation or figure: {@code "story","copyOf","inferredAgency","copies",
   * "carriedBy":[{"articleId","outlet","agency","inferredAgency","published"}...]}, the carriers the
   * original first (empty when the hit stands for its article alone).
   */
  private static void syndication(Map<String, Object> o, Syndication s, List<Carrier> carriers) {
    o.put("story", s.story());
    o.put("copyOf", s.copyOf());
    o.put("inferredAgency", s.inferredAgency());
    o.put("copies", Math.max(1, carriers.size()));
    List<Map<String, Object>> list = new ArrayList<>();
    for (Carrier c : carriers) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("articleId", c.articleId());
      m.put("outlet", c.outlet());
      m.put("agency", c.agency());
      m.put("inferredAgency", c.inferredAgency());
      m.put("published", c.published() == null ? null : c.published().toString());
      list.add(m);
    }
    o.put("carriedBy", list);
  }

  /**
   * {@code {"type":"group","by","key","total","figures":[figure...]}}: one group of a comparison.
   *
   * @param group the group
   * @return its object, with its figures' objects
   */
  public static Map<String, Object> group(FigureGroup group) {
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("type", "group");
    o.put("by", group.by().name().toLowerCase(java.util.Locale.ROOT));
    o.put("key", group.key());
    o.put("total", group.total());
    List<Map<String, Object>> figures = new ArrayList<>();
    group.figures().forEach(h -> figures.add(figure(h)));
    o.put("figures", figures);
    return o;
  }

  /**
   * {@code {"type":"article","id","title","outlet","agency","published","source","snippet","score","story",
   * "copyOf","inferredAgency"}}.
   *
   * @param hit an article found
   * @return its object
   */
  public static Map<String, Object> article(Hit hit) {
    Article a = hit.article();
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("type", "article");
    o.put("id", a.id());
    o.put("title", a.title());
    o.put("outlet", a.outlet());
    o.put("agency", a.agency());
    o.put("published", a.published() == null ? null : a.published().toString());
    o.put("source", a.source());
    o.put("snippet", hit.snippet());
    o.put("score", Float.isNaN(hit.score()) ? null : hit.score());
    o.put("story", hit.syndication().story());
    o.put("copyOf", hit.syndication().copyOf());
    o.put("inferredAgency", hit.syndication().inferredAgency());
    return o;
  }

  /**
   * {@code {"type":"related","relation":"copy|story|similar", ...the article's fields}}: an article
   * close to another, as {@code similar} lists it.
   *
   * @param related the related article
   * @return its object
   */
  public static Map<String, Object> related(Related related) {
    Map<String, Object> o = article(related.hit());
    o.put("type", "related");
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("type", "related");
    out.put("relation", related.relation().name().toLowerCase(java.util.Locale.ROOT));
    o.forEach(out::putIfAbsent);
    return out;
  }

  /**
   * {@code {"type":"facet","dim","counts":{value: count}}}: the counts of one facet dimension.
   *
   * @param dimension the facet dimension
   * @param counts its values with their counts, most frequent first
   * @return its object
   */
  public static Map<String, Object> facet(String dimension, List<FacetCount> counts) {
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("type", "facet");
    o.put("dim", dimension);
    o.put("counts", counts(counts));
    return o;
  }

  /**
   * {@code {"articles","outlets":{outlet: articles},"withoutOutlet","agencies":{...},"withoutAgency","undated",
   * "earliest","latest"}}: what an index holds, as {@code newsfacet stats --json} prints it.
   *
   * @param stats the index's statistics
   * @return its object
   */
  public static Map<String, Object> stats(IndexStats stats) {
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("articles", stats.articles());
    o.put("outlets", counts(stats.outlets()));
    o.put("withoutOutlet", stats.without(stats.outlets()));
    o.put("agencies", counts(stats.agencies()));
    o.put("withoutAgency", stats.without(stats.agencies()));
    o.put("undated", stats.undated());
    o.put("earliest", stats.earliest() == null ? null : stats.earliest().toString());
    o.put("latest", stats.latest() == null ? null : stats.latest().toString());
    return o;
  }

  private static Map<String, Long> counts(List<FacetCount> counts) {
    Map<String, Long> values = new LinkedHashMap<>();
    counts.forEach(c -> values.put(c.value(), c.count()));
    return values;
  }
}
