/**
 * The indexing pipeline shared by every backend: bounded parallel extraction, one write per id
 * (the latest version), a listener for progress and messages.
 */
package org.newsfacet.pipeline;
