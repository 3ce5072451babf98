package org.newsfacet.extract.entity;

/**
 * Where an article names an entity.
 *
 * @param entity index of the entity in {@link Recognition#entities()}
 * @param start offset of the mention in the article text, or -1 for a mention in a given title
 * @param end offset just past the mention, or -1
 */
public record Mention(int entity, int start, int end) {}
