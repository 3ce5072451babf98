package org.newsfacet.cli;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** The filters by where and when an article was published, shared by the commands that search. */
final class SourceFilters {
  @Option(names = "--outlet", paramLabel = "NAME", description = "Only from this outlet (repeatable; names and aliases, any case).")
  List<String> outlets = List.of();

  @Option(names = "--agency", paramLabel = "NAME", description = "Only from articles credited to this agency (repeatable).")
  List<String> agencies = List.of();

  @Option(names = "--from", paramLabel = "YYYY[-MM[-DD]]", converter = FirstDay.class,
      description = "Only from articles published on or after this day (a month or a year: its first day).")
  LocalDate from;

  @Option(names = "--to", paramLabel = "YYYY[-MM[-DD]]", converter = LastDay.class,
      description = "Only from articles published on or before this day (a month or a year: its last day).")
  LocalDate to;

  /** A day, a month or a year as the options take it, refused in words rather than with a parser's exception. */
  private abstract static class Day implements CommandLine.ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
      String v = value.strip();
      try {
        if (v.matches("\\d{4}")) {
          Year year = Year.parse(v);
          return start() ? year.atDay(1) : year.atMonth(12).atEndOfMonth();
        }
        if (v.matches("\\d{4}-\\d{2}")) {
          YearMonth month = YearMonth.parse(v);
          return start() ? month.atDay(1) : month.atEndOfMonth();
        }
        return LocalDate.parse(v);
      } catch (DateTimeParseException e) {
        throw new CommandLine.TypeConversionException("'" + value + "' is no date: write the day as YYYY-MM-DD, "
            + "for example 2024-11-01, or a month (2024-11) or a year (2024)");
      }
    }

    /** True when a month or a year stands for its first day, false for its last. */
    abstract boolean start();
  }

  /** {@code --from}: a month or a year from its first day. */
  static final class FirstDay extends Day {
    @Override
    boolean start() {
      return true;
    }
  }

  /** {@code --to}: a month or a year up to its last day. */
  static final class LastDay extends Day {
    @Override
    boolean start() {
      return false;
    }
  }

  /** Fails as bad usage for a range that ends before it starts. */
  void check() {
    if (from != null && to != null && from.isAfter(to)) {
      throw new UsageException("--from " + from + " is after --to " + to);
    }
  }
}
