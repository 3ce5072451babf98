package org.newsfacet.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The layout of a plain-text article: which lines are its header (headline, byline, date line,
 * photo credits), which are furniture inside or after the body ("Related article:", "Original
 * url:", reporting credits, sign-offs), and what the dateline at the start of the body says.
 *
 * <p>The body is returned as the article text with every non-body character replaced by a space
 * (line ends kept), so that offsets found in the body are offsets into the text as read.
 */
final class Layout {
  /**
   * How an agency was credited, strongest first: a dateline credit marks the agency's own wire
   * copy; a contribution ("with inputs from PTI") or a lead sentence ("..., Xinhua reports.") says
   * the least.
   */
  enum CreditKind { DATELINE, AGGREGATOR, BYLINE, HEADER, SIGNOFF, CREDIT_LINE, INPUTS, LEAD }

  /** An agency credit and the place it came from. */
  record Credit(String agency, CreditKind kind) {}

  /**
   * What the layout says about the article.
   *
   * @param ownCopy the agency or outlet whose dateline credit marks the text as its own copy
   */
  record Result(
      String title,
      LocalDate published,
      LocalDate datelineDate,
      String url,
      String dateline,
      List<Credit> credits,
      String ownCopy,
      List<String> authors,
      String body) {}

  private Layout() {}

  /**
   * Reads the layout of an article: the furniture anywhere in it first, then the header above the
   * body, the dateline that opens the body, header lines a standfirst pushed into it, and the
   * agency its lead sentence names.
   *
   * @param text the article text as read
   * @param outlets the registry that says which names are agencies
   * @param givenTitle the headline from metadata, or null; a text line equal to it is the title
   */
  static Result analyse(String text, Outlets outlets, String givenTitle) {
    MaskedText page = new MaskedText(text);
    Credits creditReader = new Credits(outlets);
    // Every part adds the agencies it finds here, in reading order: among credits of one kind the first wins.
    List<Credit> credits = new ArrayList<>();
    Bylines bylines = new Bylines(outlets, creditReader, credits);
    Datelines datelines = new Datelines(page, outlets, credits);
    Header header = new Header(page, creditReader, credits, bylines, datelines);
    String url = new Furniture(page, outlets, creditReader, credits, bylines).read();
    int bodyStart = header.read(givenTitle);
    if (bodyStart >= 0) {
      datelines.read(bodyStart);
      int story = header.lateHeader(bodyStart);
      header.leadCredit(story >= 0 ? story : page.lineAt(bodyStart));
    }
    return new Result(header.title(), header.published(), datelines.date(), url, datelines.city(),
        List.copyOf(credits), datelines.ownCopy(), bylines.authors(), page.body());
  }
}
