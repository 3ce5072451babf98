/**
 * Helpers shared by the Newsfacet modules and not part of their API: bundled resources, the English
 * lexicon, date reading. They may change in any release; applications should not use them.
 */
package org.newsfacet.internal;
