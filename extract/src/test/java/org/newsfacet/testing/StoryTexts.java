package org.newsfacet.testing;

import java.util.List;

/** Invented articles for the story tests: a wire report, a copy and a rewrite of it, and an independent report. */
public final class StoryTexts {
  private StoryTexts() {}

  /** The quotation that the report and the independent report both print. */
  public static final String QUOTE = "“We will rebuild the bridge before the first snow, whatever it costs,”";

  /** The wire report's paragraphs. */
  public static final List<String> REPORT = List.of(
      "GRENWICK (Northwire) — The regional council of Grenwick approved on Tuesday a plan to rebuild the Alder "
          + "river bridge, which collapsed during the spring floods and cut the valley in two for months.",
      QUOTE + " council leader Maren Tollefsen told reporters after the vote, which passed by a wide margin.",
      "Engineers had warned for years that the old stone piers were crumbling, and a survey commissioned last "
          + "autumn found cracks in four of the six supports beneath the deck.",
      "Farmers on the eastern bank have been driving a detour of more than an hour to reach the market town, "
          + "and several small shops near the crossing closed their doors during the summer.",
      "The new crossing will be built from steel and concrete on the footprint of the old one, with a wider "
          + "footpath and a lane reserved for cyclists who commute to the lowland factories.",
      "Opposition members argued that the council should have asked the national road agency to share the "
          + "bill, but their amendment to delay the vote by a month was rejected.",
      "Work is expected to begin in early summer once the contractor has moved heavy cranes across the ford "
          + "downstream, a task that depends on the water level dropping.",
      "Residents gathered outside the council chamber with hand-painted signs thanking the crews who kept a "
          + "temporary ferry running through the worst weeks of the flooding.");

  /** The wire report. */
  public static String report() {
    return String.join("\n\n", REPORT);
  }

  /** The report carried by another outlet: credit removed, last two paragraphs dropped, an intro added. */
  public static String trimmedCopy() {
    return "Our valley correspondents follow the crossing story closely for readers in the hill villages.\n\n"
        + String.join("\n\n", REPORT.subList(0, 6)).replace(" (Northwire)", "");
  }

  /** Another article of the story: two paragraphs lifted from the report, the rest its own. */
  public static String rewrite() {
    return "Drivers in the upper valley reacted with relief to news that the broken crossing at Grenwick will be "
        + "replaced, though many doubt the timetable promised by local officials this week.\n\n"
        + REPORT.get(6) + "\n\n"
        + "A haulier who moves timber from the forest estates said his costs had almost doubled since the flood, "
        + "and that two of his drivers had quit rather than face the long detour every morning.\n\n"
        + REPORT.get(7) + "\n\n"
        + "The local chamber of commerce plans to publish its own estimate of the losses before the winter.";
  }

  /** An independent report of the same vote: the same quotation, its own narrative. */
  public static String independent() {
    return "Councillors in Grenwick voted this week to pay for a replacement of the river crossing that fell "
        + "into the water in April.\n\n"
        + QUOTE + " said Maren Tollefsen, who leads the council.\n\n"
        + "The structure had stood for more than a century and was a familiar sight on postcards of the region, "
        + "according to the local historical society.\n\n"
        + "Critics on the council wanted Grenwick to wait for money from the capital, saying the town could not "
        + "afford to carry the burden alone.";
  }

  /** An unrelated article. */
  public static String unrelated() {
    return "A chess club in the harbour district celebrated its fiftieth season with a tournament that drew "
        + "players from across the coast.\n\nThe youngest entrant, aged nine, won three of her five games and "
        + "was cheered by the older members, who remembered her grandfather winning the same cup decades ago.";
  }
}
