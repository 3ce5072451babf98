package org.newsfacet.query;

import java.util.List;
import java.util.Optional;
import org.newsfacet.model.EntityType;

/** The names a question can use, as the index knows them: speakers, claimants, sources and entities. */
interface Vocabulary {
  /** The speaker's name as indexed, when some quotation's speaker has this name in any spelling. */
  Optional<String> speaker(String name);

  /** Every speaker's name, for suggestions. */
  List<String> speakers();

  /** The claimant's name as indexed, when some figure's claimant has this name in any spelling. */
  Optional<String> claimant(String name);

  /** Every claimant's name, for suggestions. */
  List<String> claimants();

  /** The outlet's or agency's name as indexed, for a name or alias ("AP" → "Associated Press"). */
  Optional<String> source(String name);

  /** Every outlet's and agency's name, for suggestions. */
  List<String> sources();

  /** The entity's name as indexed, when some article names it in any spelling. */
  Optional<String> entity(EntityType type, String name);
}
