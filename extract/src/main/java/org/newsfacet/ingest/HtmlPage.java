package org.newsfacet.ingest;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.newsfacet.internal.Dates;

/**
 * An HTML page read as an article: its visible article text, and the title, publication time,
 * site name, authors and canonical url from its metadata (Open Graph, article and Dublin Core
 * meta tags, schema.org JSON-LD, {@code <time>} elements).
 */
final class HtmlPage {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  /** Page furniture that is never article text. */
  private static final String NOISE = "script, style, noscript, template, nav, footer, aside, form, "
      + "iframe, svg, button, figure, figcaption, [role=navigation], [aria-hidden=true], .visually-hidden";
  private static final String BLOCKS = "h2, h3, h4, h5, h6, p, li, blockquote, pre";
  /** How far into a page its charset declaration may stand (HTML asks for the first 1,024 bytes; some pages are late). */
  private static final int DECLARATION_BYTES = 8192;
  private static final java.util.regex.Pattern DECLARATION = java.util.regex.Pattern.compile(
      "(?i)<meta[^>]{0,200}charset\\s*=|<\\?xml[^>]{0,200}encoding\\s*=");

  private HtmlPage() {}

  static Item read(String source, byte[] bytes) {
    Charset unicode = Decoding.unicode(bytes);
    if (unicode == null && Decoding.looksBinary(bytes)) {
      return new Item.Skipped(source, "binary file, not HTML");
    }
    // A byte order mark or UTF-16's zero bytes say the charset; else the page's own declaration,
    // which jsoup reads; else a detector's guess, not UTF-8 by default (a windows-1251 page would be garbage).
    Charset charset = unicode != null ? unicode : declaresCharset(bytes) ? null : Decoding.detect(bytes);
    if (Decoding.isBlank(new String(bytes, charset == null ? StandardCharsets.UTF_8 : charset))) {
      return new Item.Skipped(source, "empty: no text");
    }
    Document doc;
    try {
      doc = Jsoup.parse(new ByteArrayInputStream(bytes), charset == null ? null : charset.name(), "");
    } catch (IOException | java.nio.charset.UnsupportedCharsetException | java.nio.charset.IllegalCharsetNameException e) {
      return new Item.Skipped(source, "cannot parse HTML: " + e.getMessage());
    }
    Charset read = doc.charset();
    String encoding = read == null || read.equals(StandardCharsets.UTF_8) ? null : read.name();
    List<JsonNode> ld = jsonLd(doc);
    String text = articleText(doc);
    if (Decoding.isBlank(text)) {
      return new Item.Skipped(source, "no article text in the page");
    }
    String title = first(meta(doc, "property", "og:title"), meta(doc, "name", "twitter:title"),
        ldText(ld, "headline"), doc.selectFirst("h1") == null ? null : doc.selectFirst("h1").text(),
        doc.title());
    String siteName = first(meta(doc, "property", "og:site_name"), ldPublisher(ld),
        meta(doc, "name", "application-name"));
    String url = first(attr(doc, "link[rel=canonical]", "href"), meta(doc, "property", "og:url"),
        ldText(ld, "url"));
    LocalDate published = firstDate(
        meta(doc, "property", "article:published_time"),
        meta(doc, "itemprop", "datePublished"),
        ldText(ld, "datePublished"),
        meta(doc, "name", "pubdate"), meta(doc, "name", "publishdate"), meta(doc, "name", "date"),
        meta(doc, "name", "dc.date"), meta(doc, "name", "DC.date.issued"), meta(doc, "name", "parsely-pub-date"),
        meta(doc, "name", "sailthru.date"),
        attr(doc, "time[datetime]", "datetime"));
    Given given = new Given(null, absoluteOrNull(url), titleWithoutSite(title, siteName), published,
        null, null, siteName, authors(doc, ld));
    return new Item.Loaded(new RawArticle(source, text, given), List.of(), encoding);
  }

  /** True when the page's head declares its charset ({@code <meta charset>}, http-equiv, an XML declaration). */
  private static boolean declaresCharset(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, DECLARATION_BYTES), StandardCharsets.ISO_8859_1);
    return DECLARATION.matcher(head).find();
  }

  /**
   * The visible article text: block elements of the page's {@code <article>} (else its main
   * content, else its body), one paragraph per block, furniture and captions left out.
   */
  static String articleText(Document doc) {
    Element root = pickRoot(doc);
    if (root == null) {
      return "";
    }
    root = root.clone();
    root.select(NOISE).remove();
    root.select("h1").remove();
    StringBuilder text = new StringBuilder();
    Elements blocks = root.select(BLOCKS);
    for (Element block : blocks) {
      // A block inside another block (a <p> in a <blockquote>) is printed by its outermost block.
      if (block.parents().stream().anyMatch(p -> blocks.contains(p))) {
        continue;
      }
      String t = block.text().strip();
      if (!t.isEmpty()) {
        if (!text.isEmpty()) {
          text.append("\n\n");
        }
        text.append(t);
      }
    }
    return text.isEmpty() ? root.text().strip() : text.toString();
  }

  private static Element pickRoot(Document doc) {
    Element best = null;
    for (Element candidate : doc.select("article, [itemprop=articleBody]")) {
      if (best == null || candidate.text().length() > best.text().length()) {
        best = candidate;
      }
    }
    if (best != null && best.text().length() > 80) {
      return best;
    }
    Element main = doc.selectFirst("main, [role=main]");
    return main != null ? main : doc.body();
  }

  private static List<String> authors(Document doc, List<JsonNode> ld) {
    Set<String> names = new LinkedHashSet<>();
    for (JsonNode node : ld) {
      JsonNode author = node.get("author");
      if (author == null) {
        continue;
      }
      for (JsonNode a : author.isArray() ? author : List.of(author)) {
        String name = a.isTextual() ? a.asText() : a.path("name").asText(null);
        if (name != null && !name.isBlank() && !"Organization".equals(a.path("@type").asText())) {
          names.add(name.strip());
        }
      }
    }
    if (names.isEmpty()) {
      for (Element m : doc.select("meta[name=author], meta[property=article:author]")) {
        String v = m.attr("content").strip();
        if (!v.isEmpty() && !v.contains("://")) {
          names.add(v);
        }
      }
    }
    return new ArrayList<>(names);
  }

  private static List<JsonNode> jsonLd(Document doc) {
    List<JsonNode> nodes = new ArrayList<>();
    for (Element script : doc.select("script[type=application/ld+json]")) {
      try {
        collect(MAPPER.readTree(script.data()), nodes);
      } catch (JacksonException e) {
        // Broken structured data is common; the page's other metadata still counts.
      }
    }
    return nodes;
  }

  /** Gathers the article-like objects of a JSON-LD tree ({@code @graph} arrays included). */
  private static void collect(JsonNode node, List<JsonNode> out) {
    if (node == null) {
      return;
    }
    if (node.isArray()) {
      node.forEach(n -> collect(n, out));
    } else if (node.isObject()) {
      String type = node.path("@type").isArray() ? node.path("@type").toString() : node.path("@type").asText("");
      if (type.contains("Article") || type.contains("Posting") || type.contains("Report")) {
        out.add(node);
      }
      collect(node.get("@graph"), out);
    }
  }

  private static String ldText(List<JsonNode> ld, String field) {
    for (JsonNode node : ld) {
      JsonNode v = node.get(field);
      if (v != null && v.isTextual() && !v.asText().isBlank()) {
        return v.asText();
      }
    }
    return null;
  }

  private static String ldPublisher(List<JsonNode> ld) {
    for (JsonNode node : ld) {
      JsonNode p = node.get("publisher");
      if (p != null) {
        String name = p.isTextual() ? p.asText() : p.path("name").asText(null);
        if (name != null && !name.isBlank()) {
          return name;
        }
      }
    }
    return null;
  }

  private static String meta(Document doc, String attr, String name) {
    for (Element m : doc.select("meta[" + attr + "]")) {
      if (m.attr(attr).equalsIgnoreCase(name) && !m.attr("content").isBlank()) {
        return m.attr("content").strip();
      }
    }
    return null;
  }

  private static String attr(Document doc, String css, String attr) {
    Element e = doc.selectFirst(css);
    return e == null || e.attr(attr).isBlank() ? null : e.attr(attr).strip();
  }

  private static String first(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v.strip();
      }
    }
    return null;
  }

  private static LocalDate firstDate(String... values) {
    for (String v : values) {
      LocalDate d = v == null ? null : Dates.parseMetadataDate(v);
      if (d != null) {
        return d;
      }
    }
    return null;
  }

  private static String absoluteOrNull(String url) {
    return url != null && (url.startsWith("http://") || url.startsWith("https://")) ? url : null;
  }

  /** "Headline - Site" or "Headline | Site" page titles lose the site's name. */
  static String titleWithoutSite(String title, String siteName) {
    if (title == null) {
      return null;
    }
    for (String sep : List.of(" | ", " - ", " – ", " — ", " :: ")) {
      int i = title.lastIndexOf(sep);
      if (i > 0) {
        String tail = title.substring(i + sep.length()).strip();
        boolean isSite = siteName != null && tail.equalsIgnoreCase(siteName);
        if (isSite || (siteName == null && sep.equals(" | ") && tail.split("\\s+").length <= 4)) {
          return title.substring(0, i).strip();
        }
      }
    }
    return title;
  }
}
