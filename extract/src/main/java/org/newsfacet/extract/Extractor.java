package org.newsfacet.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.newsfacet.extract.attribution.Attributor;
import org.newsfacet.extract.entity.EntityRecognizer;
import org.newsfacet.extract.entity.Recognition;
import org.newsfacet.extract.figure.FigureExtractor;
import org.newsfacet.ingest.Decoding;
import org.newsfacet.ingest.Given;
import org.newsfacet.ingest.RawArticle;
import org.newsfacet.internal.Dates;
import org.newsfacet.model.Article;
import org.newsfacet.model.Figure;
import org.newsfacet.model.Quote;

/**
 * Turns an article as read into its extraction record.
 *
 * <p>Metadata given with the article (JSON Lines fields, HTML metadata) wins over what the text
 * says; the text's layout supplies the rest. An extractor is immutable and safe to share between
 * threads.
 */
public final class Extractor {
  private static final Recognition EMPTY = new Recognition(List.of(), List.of());
  private final Outlets outlets;
  /** Null when only metadata is extracted. */
  private final EntityRecognizer entities;
  /** False when only metadata is extracted. */
  private final boolean attributes;

  private Extractor(Outlets outlets, EntityRecognizer entities, boolean attributes) {
    this.outlets = outlets;
    this.entities = entities;
    this.attributes = attributes;
  }

  /**
   * An extractor with the bundled registries and gazetteers.
   *
   * @return a new extractor, safe to share between threads
   */
  public static Extractor standard() {
    return new Extractor(Outlets.bundled(), EntityRecognizer.standard(), true);
  }

  /**
   * An extractor that uses the given outlet registry.
   *
   * @param outlets the registry that names publishers and agencies
   * @return an extractor with the bundled gazetteers and that registry
   */
  public static Extractor with(Outlets outlets) {
    return new Extractor(java.util.Objects.requireNonNull(outlets, "outlets"), EntityRecognizer.standard(), true);
  }

  /**
   * This extractor without entities and quotes: the article's own metadata only, for speed or comparison.
   *
   * @return a new extractor; this one is unchanged
   */
  public Extractor metadataOnly() {
    return new Extractor(outlets, null, false);
  }

  /**
   * The id an article's record will have: the one its input gives, else one from its text.
   *
   * @param raw the article as read
   * @return a stable id, the same on every run for the same input
   */
  public static String id(RawArticle raw) {
    return raw.given().id() != null ? raw.given().id() : Decoding.textId(raw.text());
  }

  /**
   * Extracts the record of one article.
   *
   * @param raw the article as read
   * @return the record, the text it points into, and the steps that failed on it
   */
  public Extraction extract(RawArticle raw) {
    Given given = raw.given();
    String text = raw.text();
    // Each step is guarded: a rule that fails on this text loses its own result, not the article.
    Steps steps = new Steps();
    Layout.Result layout = steps.run("layout", () -> Layout.analyse(text, outlets, given.title()), noLayout(text));

    String url = given.url() != null ? given.url() : layout.url();
    String agency = steps.run("agency", () -> agency(given, layout), null);
    String outlet = steps.run("outlet", () -> outlet(given, url, layout), null);
    String title = given.title() != null ? given.title() : layout.title();
    Recognition recognition = entities == null ? EMPTY
        : steps.run("entities", () -> entities.recognize(text, layout.body(), title), EMPTY);
    List<Quote> said = List.of();
    List<Figure> counted = List.of();
    if (attributes) {
      int headline = steps.run("headline", () -> headlineAt(text, layout.body(), title), -1);
      String body = headline < 0 ? layout.body() : layout.body().substring(0, headline) + title
          + layout.body().substring(headline + title.length());
      Attributor attribution = steps.run("quotes", () -> Attributor.of(text, body, recognition, headline,
          headline < 0 ? -1 : headline + title.length()), null);
      if (attribution == null) {
        // Figures are still read, with no claimants: an attribution of a blank body names none.
        attribution = steps.run("claimants", () -> Attributor.of(text, " ".repeat(text.length()), EMPTY, -1, -1), null);
      } else {
        said = attribution.quotes();
      }
      Attributor sources = attribution;
      counted = sources == null ? List.of()
          : steps.run("figures", () -> FigureExtractor.standard().extract(text, body, sources), List.of());
    }
    Article article = new Article(
        id(raw),
        raw.source(),
        title,
        steps.run("published", () -> published(given, layout, url), null),
        outlet,
        agency,
        url,
        layout.dateline(),
        steps.run("authors", () -> authors(given, layout), List.of()),
        recognition.entities(),
        said,
        counted);
    return new Extraction(article, text, layout.body(), recognition.mentions(), steps.faults());
  }

  /** The layout of a text whose layout could not be read: no metadata, all of it body. */
  private static Layout.Result noLayout(String text) {
    return new Layout.Result(null, null, null, null, null, List.of(), null, List.of(), text);
  }

  /**
   * Where the headline stands in the text when the layout took it out of the body, else -1: its
   * line is given back to the attribution, since a headline's figures count ("X says N ...").
   */
  private static int headlineAt(String text, String body, String title) {
    int at = title == null || title.isEmpty() ? -1 : text.indexOf(title);
    return at < 0 || !body.substring(at, at + title.length()).isBlank() ? -1 : at;
  }

  private String agency(Given given, Layout.Result layout) {
    if (given.agency() != null) {
      return outlets.canonical(given.agency());
    }
    // The dateline credit is the strongest evidence; a sign-off or a lone header line the weakest.
    return layout.credits().stream()
        .min((a, b) -> Integer.compare(a.kind().ordinal(), b.kind().ordinal()))
        .map(Layout.Credit::agency)
        .orElse(null);
  }

  /**
   * The publisher: given metadata, else a registered url domain, else the site's own name, else
   * the url's registrable domain, else the agency or outlet whose dateline credit marks the
   * text as its own copy ("BRUSSELS (Reuters) -", "WASHINGTON (CNN) -").
   */
  private String outlet(Given given, String url, Layout.Result layout) {
    if (given.outlet() != null) {
      return outlets.canonical(given.outlet());
    }
    String host = Domains.host(url);
    if (host != null) {
      Optional<Outlet> registered = outlets.forHost(host);
      if (registered.isPresent()) {
        return registered.get().name();
      }
    }
    if (given.siteName() != null) {
      return outlets.canonical(given.siteName());
    }
    if (host != null) {
      return Domains.registrable(host);
    }
    return layout.ownCopy();
  }

  private static LocalDate published(Given given, Layout.Result layout, String url) {
    if (given.published() != null) {
      return given.published();
    }
    if (layout.published() != null) {
      return layout.published();
    }
    if (layout.datelineDate() != null) {
      return layout.datelineDate();
    }
    return Dates.inUrl(url);
  }

  private List<String> authors(Given given, Layout.Result layout) {
    Map<String, String> byKey = new LinkedHashMap<>();
    for (String a : given.authors()) {
      if (outlets.named(a).isEmpty()) {
        byKey.putIfAbsent(a.toLowerCase(Locale.ROOT), a);
      }
    }
    for (String a : layout.authors()) {
      byKey.putIfAbsent(a.toLowerCase(Locale.ROOT), a);
    }
    return new ArrayList<>(byKey.values());
  }
}
