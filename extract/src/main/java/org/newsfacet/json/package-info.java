/** The JSON form of extraction records: the public contract that {@code extract --json} prints. */
package org.newsfacet.json;
