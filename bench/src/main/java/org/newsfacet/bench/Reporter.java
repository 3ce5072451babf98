package org.newsfacet.bench;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import org.newsfacet.bench.Event.Counted;
import org.newsfacet.bench.Event.Person;
import org.newsfacet.extract.Outlet;
import org.newsfacet.extract.Outlets;
import org.newsfacet.model.EntityType;
import org.newsfacet.model.FigureCategory;

/**
 * Writes the paragraphs of invented reports, each kind in one method, and whole reports of an
 * event: a lead with the story's figure, the speaker's quotation, figures credited to an
 * organisation, other people's quotations, spending and prices, and narrative from the phrase
 * grammar. The people, organisations and places come from a small invented population.
 */
final class Reporter {
  private static final LocalDate FIRST_DAY = LocalDate.of(2023, 1, 1);
  private static final int DAYS = 1_000;
  /** A report runs from about 1 to 8 KB of text. */
  private static final int MIN_CHARS = 1_000;
  private static final int MORE_CHARS = 7_000;
  /** Of the people population: the same number gives the same person in every article. */
  private static final int PEOPLE = 2_000;
  /** Percent of reports an agency is credited for; more for a report that other outlets will carry. */
  private static final int AGENCY_PERCENT = 67;
  private static final int SYNDICATED_AGENCY_PERCENT = 90;
  /** Percent of outlets that end every article with their own footer sentence. */
  private static final int FOOTER_PERCENT = 30;
  /** The kinds of paragraph {@link #fill} writes in turn. */
  private static final int TURNS = 5;
  /** Sentences of a narrative paragraph: at least this many, and up to this many more. */
  private static final int MIN_SENTENCES = 2;
  private static final int MORE_SENTENCES = 3;
  /** Money in tenths of a million ($1.0 to $999.9 million), percentages in tenths of a point (2.0 to 41.9). */
  private static final int MIN_TENTHS_OF_MILLION = 10;
  private static final int TENTHS_OF_MILLION = 9_990;
  private static final int MIN_TENTHS_OF_POINT = 20;
  private static final int TENTHS_OF_POINT = 400;
  /** Mixes a number into a seed, so that near numbers give unrelated random streams. */
  private static final long GOLDEN = 0x9E3779B97F4A7C15L;
  private static final String[] GIVEN = {"Anna", "Boris", "Clara", "Dmytro", "Elena", "Farid", "Greta", "Hugo", "Irina",
      "Jonas", "Katarina", "Luca", "Marta", "Nikolai", "Olga", "Pavel", "Rosa", "Stefan", "Tamara", "Viktor", "Yusuf",
      "Zofia", "Amir", "Beatriz", "Chen", "Daniela", "Emeka", "Fatima", "Goran", "Helga", "Ivo", "Jana", "Kenji",
      "Leila", "Mateo", "Nadia", "Oskar", "Priya", "Rafael", "Sanna"};
  private static final String[] SURNAME_START = {"Kor", "Vel", "Bran", "Dov", "Mar", "Ost", "Lind", "Petr", "Sal", "Tor",
      "Hal", "Kras", "Mel", "Nov", "Rad", "Sor", "Var", "Zel", "Bel", "Gor"};
  private static final String[] SURNAME_END = {"enko", "ovic", "stad", "ani", "berg", "escu", "owski", "inen", "ario",
      "ev", "hagen", "ucci", "ova", "sen", "ides"};
  private static final String[] ROLES = {"Foreign Minister", "Defence Minister", "Health Minister", "Mayor",
      "Governor", "Finance Minister", "Interior Minister", "Energy Minister", "President", "Prime Minister"};
  private static final String[] ORG_WORDS = {"Silverline", "Crestmoor", "Bayview", "Redfield", "Halden", "Amberly",
      "Stonebridge", "Larkspur", "Westmarch", "Eastholm", "Brightwater", "Ravenna", "Birchmoor", "Dunmere", "Elmstead",
      "Fairhollow", "Glenmoor", "Hawkridge", "Ironvale", "Kingsmere", "Lowmoor", "Millbrook", "Netherby", "Oakhurst",
      "Pinecrest", "Queensford", "Rookwood", "Saltmarsh", "Thornbury", "Umberleigh", "Valemont", "Wyncliffe",
      "Yarrowby", "Tallowmere", "Quillby", "Corrander", "Fenwick", "Greyhaven", "Harrowgate", "Loxley"};
  private static final String[] ORG_HEADS = {"Institute", "Holdings", "Council", "Agency", "Foundation", "Bank",
      "Authority", "Group", "Union", "Commission", "Trust", "Network", "Alliance", "Federation", "Society", "Board",
      "Cooperative", "Consortium", "Syndicate", "Partnership"};
  private static final String[] CITIES = {"Paris", "Berlin", "Madrid", "Rome", "Vienna", "Warsaw", "Prague", "Athens",
      "Lisbon", "Dublin", "Oslo", "Stockholm", "Helsinki", "Copenhagen", "Brussels", "Geneva", "Nairobi", "Lagos",
      "Cairo", "Istanbul", "Tokyo", "Seoul", "Manila", "Jakarta", "Bangkok", "Sydney", "Toronto", "Chicago", "Denver",
      "Lima", "Bogota", "Santiago", "Kyiv", "Tbilisi", "Beirut", "Amman", "Dhaka", "Karachi", "Hanoi", "Auckland"};
  /** What figure sentences count; each kind once per line, so that the categories keep their old weights. */
  private static final Counted[] COUNTED = {
      new Counted(new String[] {"soldiers", "reservists", "paratroopers"}, FigureCategory.TROOPS, "troops-rest", 500,
          20_000),
      new Counted(new String[] {"troops"}, FigureCategory.TROOPS, "troops-rest", 1_000, 50_000),
      new Counted(new String[] {"people", "passengers", "workers", "civilians", "children", "miners"},
          FigureCategory.CASUALTIES, "casualty-rest", 2, 900),
      new Counted(new String[] {"civilians", "families"}, FigureCategory.PEOPLE, "people-rest", 100, 40_000),
      new Counted(new String[] {"residents", "households"}, FigureCategory.PEOPLE, "people-rest", 1_000, 200_000),
      new Counted(new String[] {"drones", "rockets", "bombs", "mortars"}, FigureCategory.WEAPONS, "weapons-rest", 5,
          900),
      new Counted(new String[] {"missiles", "shells", "grenades", "warheads"}, FigureCategory.WEAPONS, "weapons-rest",
          2, 400),
      new Counted(new String[] {"homes", "buildings", "shops"}, FigureCategory.OTHER, "damage-rest", 10, 9_000),
      new Counted(new String[] {"vehicles", "cars", "lorries"}, FigureCategory.OTHER, "recall-rest", 1_000, 400_000)};

  /** How a lead says when the speaker spoke, before the weekday; or with a part of the day after it. */
  private static final String[] WHEN_FORMS = {"on ", "late on ", "early on "};

  /** How a lead gives the speaker's figure. */
  enum Lead {
    /** "Mayor Anna Korenko said on Monday that 3,470 soldiers ...": the report's own lead. */
    SAID_THAT,
    /** "Mayor Anna Korenko warned on Monday that 3,470 soldiers ...". */
    VERB_THAT,
    /** "3,470 soldiers ..., Mayor Anna Korenko said on Monday.". */
    CLAUSE_SAID
  }

  private final long seed;
  /** The rules each paragraph uses, looked up once. */
  private final Grammar.Rule narrative;
  private final Grammar.Rule quote;
  private final Grammar.Rule quoteIntro;
  private final Grammar.Rule leadVerb;
  private final Grammar.Rule dayPart;
  private final Grammar.Rule andThat;
  private final Grammar.Rule spend;
  private final Grammar.Rule purpose;
  private final Grammar.Rule costs;
  private final Grammar.Rule risen;
  private final Grammar.Rule since;
  private final Grammar.Rule headline;
  private final Grammar.Rule headlineTopic;
  private final Grammar.Rule footer;
  /** What the counted things of each kind of {@link #COUNTED} did. */
  private final Grammar.Rule[] rests;
  private final List<Outlet> outlets;
  private final List<Outlet> agencies;
  private final Map<String, String> footers = new HashMap<>();

  Reporter(long seed, Outlets registry, Grammar grammar) {
    this.seed = seed;
    this.narrative = grammar.rule("narrative");
    this.quote = grammar.rule("quote");
    this.quoteIntro = grammar.rule("quote-intro");
    this.leadVerb = grammar.rule("lead-verb");
    this.dayPart = grammar.rule("day-part");
    this.andThat = grammar.rule("and-that");
    this.spend = grammar.rule("spend");
    this.purpose = grammar.rule("purpose");
    this.costs = grammar.rule("costs");
    this.risen = grammar.rule("risen");
    this.since = grammar.rule("since");
    this.headline = grammar.rule("headline");
    this.headlineTopic = grammar.rule("headline-topic");
    this.footer = grammar.rule("footer");
    this.rests = new Grammar.Rule[COUNTED.length];
    for (int k = 0; k < COUNTED.length; k++) {
      rests[k] = grammar.rule(COUNTED[k].rest());
    }
    this.outlets = registry.all().stream().filter(o -> o.kind() == Outlet.Kind.OUTLET && !o.domains().isEmpty())
        .sorted((a, b) -> a.name().compareTo(b.name())).toList();
    this.agencies = registry.all().stream().filter(o -> o.kind() == Outlet.Kind.AGENCY && !o.domains().isEmpty())
        .sorted((a, b) -> a.name().compareTo(b.name())).toList();
    if (outlets.size() < 2 || agencies.isEmpty()) {
      throw new IllegalStateException("the outlet registry has too few outlets or agencies with domains");
    }
  }

  // ---- who and where

  Outlet outlet(SplittableRandom r) {
    return outlets.get(r.nextInt(outlets.size()));
  }

  /** Another outlet than this one: a copy or a rewrite is never carried by the report's own outlet. */
  Outlet outletOtherThan(Outlet other, SplittableRandom r) {
    return otherThan(other, () -> outlet(r));
  }

  /** Picks until the pick differs from {@code other}. */
  private static <T> T otherThan(T other, Supplier<T> pick) {
    T t;
    do {
      t = pick.get();
    } while (t.equals(other));
    return t;
  }

  /** An agency for a report, or null for an outlet's own report. */
  Outlet agencyOrNone(boolean syndicated, SplittableRandom r) {
    return r.nextInt(100) < (syndicated ? SYNDICATED_AGENCY_PERCENT : AGENCY_PERCENT)
        ? agencies.get(r.nextInt(agencies.size())) : null;
  }

  /** A day of the corpus's span. */
  LocalDate day(SplittableRandom r) {
    return FIRST_DAY.plusDays(r.nextInt(DAYS));
  }

  /** A writer's name for a byline. */
  String author(SplittableRandom r) {
    return GIVEN[r.nextInt(GIVEN.length)] + " " + SURNAME_START[r.nextInt(SURNAME_START.length)]
        + SURNAME_END[r.nextInt(SURNAME_END.length)];
  }

  /** Where an outlet publishes article {@code position}. */
  static String url(Outlet outlet, LocalDate published, int position) {
    return "https://www." + outlet.domains().get(0) + "/news/" + published + "/story-" + position;
  }

  /** Someone of the population. */
  Person person(SplittableRandom r) {
    // A population of a few thousand people: the same index gives the same person in every article.
    int n = r.nextInt(PEOPLE);
    SplittableRandom p = new SplittableRandom(seed ^ (GOLDEN * (n + 1)));
    String given = GIVEN[p.nextInt(GIVEN.length)];
    String surname = SURNAME_START[p.nextInt(SURNAME_START.length)] + SURNAME_END[p.nextInt(SURNAME_END.length)];
    String variant = p.nextInt(5) == 0 ? surname.replace("ov", "ow").replace("ev", "iev") : surname;
    return new Person(given + " " + surname, surname, variant, ROLES[p.nextInt(ROLES.length)]);
  }

  /** An organisation's name: "Halden Bank". */
  String organization(SplittableRandom r) {
    return ORG_WORDS[r.nextInt(ORG_WORDS.length)] + " " + ORG_HEADS[r.nextInt(ORG_HEADS.length)];
  }

  /** An organisation other than this one. */
  String organizationOtherThan(String other, SplittableRandom r) {
    return otherThan(other, () -> organization(r));
  }

  /** A headline about a city: "Lima braces for power cuts", "Cleanup begins after the storm in Lima". */
  String headline(String city, SplittableRandom r) {
    return r.nextBoolean() ? city + " " + headline.phrase(r) : headlineTopic.sentence(r) + " in " + city;
  }

  /** A headline other than this one. */
  String headlineOtherThan(String other, String city, SplittableRandom r) {
    String title;
    do {
      title = headline(city, r);
    } while (title.equals(other));
    return title;
  }

  /**
   * The sentence an outlet ends every article with, or null for the outlets that have none: the
   * same for the outlet in every corpus, as a real outlet's boilerplate is.
   */
  String footer(Outlet outlet) {
    String sentence = footers.computeIfAbsent(outlet.name(), name -> {
      SplittableRandom r = new SplittableRandom(name.hashCode() * GOLDEN);
      return r.nextInt(100) < FOOTER_PERCENT ? footer.sentence(r) : "";
    });
    return sentence.isEmpty() ? null : sentence;
  }

  // ---- one report

  /** What a new story reports. */
  Event event(LocalDate day, SplittableRandom r) {
    int kind = r.nextInt(COUNTED.length);
    Counted c = COUNTED[kind];
    String unit = c.units()[r.nextInt(c.units().length)];
    long value = c.min() + r.nextInt(c.max() - c.min() + 1);
    String city = CITIES[r.nextInt(CITIES.length)];
    return new Event(city, person(r), organization(r), kind, unit, value, quoteWords(r), day);
  }

  /**
   * A first report of a new story.
   *
   * @param syndicated whether other outlets will carry it, which makes an agency's report likelier
   */
  Draft report(String id, int position, boolean syndicated, SplittableRandom r) {
    LocalDate published = day(r);
    Outlet outlet = outlet(r);
    Outlet agency = agencyOrNone(syndicated, r);
    Event e = event(published, r);
    String author = author(r);
    List<Paragraph> body = new ArrayList<>();
    body.add(lead(e, Lead.SAID_THAT, rest(e.kind(), r), r));
    body.add(quote(e.speaker(), e.quote(), r));
    fill(body, e.speaker(), e.org(), 1, length(r), r);
    return new Draft(id, headline(e.city(), r), published, outlet, agency,
        agency == null ? Draft.Credit.NONE : Draft.Credit.DATELINE, e.city(), author, url(outlet, published, position),
        e, body);
  }

  /** A length to fill a rewrite or another report to. */
  int length(SplittableRandom r) {
    return MIN_CHARS + r.nextInt(MORE_CHARS);
  }

  /**
   * Appends paragraphs in turn (the speaker's quotation, a figure credited to the organisation,
   * another person's quotation, spending, narrative), starting at turn {@code from}, until the
   * body is {@code target} characters long and has a narrative paragraph.
   */
  void fill(List<Paragraph> body, Person speaker, String org, int from, int target, SplittableRandom r) {
    int length = 0;
    boolean narrative = false;
    for (Paragraph p : body) {
      length += p.text().length() + 2;
      narrative |= p.kind() == Paragraph.Kind.NARRATIVE;
    }
    for (int turn = from; length < target || !narrative; turn++) {
      Paragraph p = switch (turn % TURNS) {
        case 0 -> quote(speaker, quoteWords(r), r);
        case 1 -> according(org, r);
        case 2 -> splitQuote(person(r), r);
        case 3 -> money(org, r);
        default -> narrative(r);
      };
      narrative |= p.kind() == Paragraph.Kind.NARRATIVE;
      length += p.text().length() + 2;
      body.add(p);
    }
  }

  // ---- paragraphs

  /** What the counted things of a figure of this kind did: "were deployed near the border". */
  String rest(int kind, SplittableRandom r) {
    return rests[kind].phrase(r);
  }

  /** The lead: the speaker gives the story's figure, in one of three forms. */
  Paragraph lead(Event e, Lead form, String rest, SplittableRandom r) {
    Person p = e.speaker();
    FigureCategory category = COUNTED[e.kind()].category();
    String when = when(e, r);
    Paragraph.Builder b = new Paragraph.Builder();
    if (form == Lead.CLAUSE_SAID) {
      b.counted(e.value(), false, e.unit(), category, p.name()).text(' ').text(rest).text(", ")
          .text(p.role()).text(' ').name(EntityType.PERSON, p.name(), p.role()).text(" said ").text(when).text('.');
    } else {
      String verb = form == Lead.SAID_THAT ? "said" : leadVerb.phrase(r);
      b.text(p.role()).text(' ').name(EntityType.PERSON, p.name(), p.role()).text(' ').text(verb).text(' ')
          .text(when).text(" that ").counted(e.value(), false, e.unit(), category, p.name()).text(' ').text(rest)
          .text('.');
    }
    return b.build(Paragraph.Kind.LEAD);
  }

  /** When the speaker spoke: "on Monday", "late on Monday", "early on Monday", "on Monday evening". */
  private String when(Event e, SplittableRandom r) {
    String weekday = e.day().getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    int form = r.nextInt(WHEN_FORMS.length + 1);
    return form < WHEN_FORMS.length ? WHEN_FORMS[form] + weekday : "on " + weekday + " " + dayPart.phrase(r);
  }

  /** The words of a quotation, capitalised, without their closing mark. */
  String quoteWords(SplittableRandom r) {
    return quote.sentence(r);
  }

  /** A person's quotation after a colon: {@code Korenko told reporters: "...".} */
  Paragraph quote(Person p, String words, SplittableRandom r) {
    return new Paragraph.Builder().alias(p.name(), p.variant()).text(' ').text(quoteIntro, r)
        .text(": \"").quote(p.name(), words + ".").text('"').build(Paragraph.Kind.QUOTE);
  }

  /** A figure the organisation gives, in a city: "In Lima, 300 homes were flooded ..., according to Halden Bank". */
  Paragraph according(String org, SplittableRandom r) {
    int kind = r.nextInt(COUNTED.length);
    Counted c = COUNTED[kind];
    long value = c.min() + r.nextInt(c.max() - c.min() + 1);
    String unit = c.units()[r.nextInt(c.units().length)];
    String city = CITIES[r.nextInt(CITIES.length)];
    Paragraph.Builder b = new Paragraph.Builder();
    if (r.nextBoolean()) {
      b.text("In ").name(EntityType.LOCATION, city, null).text(", ")
          .counted(value, r.nextBoolean(), unit, c.category(), org).text(' ').text(rests[kind], r);
    } else {
      b.counted(value, false, unit, c.category(), org).text(" in ").name(EntityType.LOCATION, city, null).text(' ')
          .text(rests[kind], r);
    }
    return b.text(", according to ").name(EntityType.ORGANIZATION, org, null).text('.')
        .build(Paragraph.Kind.ACCORDING);
  }

  /** A quotation split by its attribution: {@code "...," said Mayor Anna Korenko. "...".} */
  Paragraph splitQuote(Person p, SplittableRandom r) {
    return new Paragraph.Builder().text('"').quote(p.name(), quoteWords(r) + ",").text("\" said ").text(p.role())
        .text(' ').name(EntityType.PERSON, p.name(), p.role()).text(". \"").quote(p.name(), quoteWords(r) + ".")
        .text('"').build(Paragraph.Kind.SPLIT_QUOTE);
  }

  /** What the organisation will spend, and by how much prices rose. */
  Paragraph money(String org, SplittableRandom r) {
    // tenths of a million, and of a point, half the time each: "$45.5 million", "12.5%"
    String millions = decimal(MIN_TENTHS_OF_MILLION + r.nextInt(TENTHS_OF_MILLION), r);
    String percent = decimal(MIN_TENTHS_OF_POINT + r.nextInt(TENTHS_OF_POINT), r);
    return new Paragraph.Builder().text("The ").name(EntityType.ORGANIZATION, org, null).text(' ').text(spend, r)
        .text(' ').figure("$" + millions + " million", Double.parseDouble(millions) * 1e6, "$", FigureCategory.MONEY,
            org)
        .text(' ').text(purpose, r).text(", ").text(andThat, r).text(' ').text(costs, r).text(' ').text(risen, r)
        .text(' ').figure(percent + "%", Double.parseDouble(percent), "%", FigureCategory.PERCENT, org).text(' ')
        .text(since, r).text('.').build(Paragraph.Kind.MONEY);
  }

  /** A number of tenths written whole ("45") or, half the time, with its tenth ("45.5"). */
  private static String decimal(int tenths, SplittableRandom r) {
    return tenths % 10 == 0 || r.nextBoolean() ? Integer.toString(tenths / 10) : tenths / 10 + "." + tenths % 10;
  }

  /** Two to five sentences of narrative. */
  Paragraph narrative(SplittableRandom r) {
    return Paragraph.plain(Paragraph.Kind.NARRATIVE, sentences(MIN_SENTENCES + r.nextInt(MORE_SENTENCES + 1), r));
  }

  /** A paragraph an outlet adds to a copy it carries: one or two sentences of its own. */
  Paragraph own(SplittableRandom r) {
    return Paragraph.plain(Paragraph.Kind.OWN, sentences(1 + r.nextInt(2), r));
  }

  /** Sentences of narrative, one after another. */
  String sentences(int n, SplittableRandom r) {
    StringBuilder s = new StringBuilder(n * 110);
    for (int k = 0; k < n; k++) {
      if (k > 0) {
        s.append(' ');
      }
      narrative.appendSentence(r, s);
    }
    return s.toString();
  }
}
