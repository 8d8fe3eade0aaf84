/**
 * Running rule regexes cheaply: {@link org.frontline.match.Prefilter} works out the literals every
 * match of a pattern needs and runs the pattern only where one occurs. Used by cleaning,
 * recognition and extraction alike, so it sits outside the pipeline stages.
 */
package org.frontline.match;
