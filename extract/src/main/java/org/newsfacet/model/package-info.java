/**
 * The extraction record and its parts: immutable values that mirror the public JSON contract
 * one field to one field.
 */
package org.newsfacet.model;
