package org.newsfacet.cli;

import java.time.LocalDate;
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

  @Option(names = "--from", paramLabel = "YYYY-MM-DD", converter = Day.class, description = "Only from articles published on or after this day.")
  LocalDate from;

  @Option(names = "--to", paramLabel = "YYYY-MM-DD", converter = Day.class, description = "Only from articles published on or before this day.")
  LocalDate to;

  /** A day as the options take it, refused in words rather than with a parser's exception. */
  static final class Day implements CommandLine.ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
      try {
        return LocalDate.parse(value.strip());
      } catch (DateTimeParseException e) {
        throw new CommandLine.TypeConversionException("'" + value + "' is no date: write the day as YYYY-MM-DD, "
            + "for example 2024-11-01");
      }
    }
  }

  /** Fails as bad usage for a range that ends before it starts. */
  void check() {
    if (from != null && to != null && from.isAfter(to)) {
      throw new UsageException("--from " + from + " is after --to " + to);
    }
  }
}
