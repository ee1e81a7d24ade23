/**
 * Insight: what the numbers of many feedback say that no single feedback does - today, which topics,
 * aspects and terms are emerging (their volume or their negativity rose significantly against a
 * baseline). It is a capability of its own, apart from {@code search}, because its answers are
 * statistics rather than feedback: {@code search} finds and returns feedback and owns how a filter
 * becomes an Elasticsearch query; {@code insight} counts through that same filter (so the caller's
 * products always apply) and decides with plain-Java statistics ({@code model}) what stands out.
 * Comparisons of two versions, regions or periods belong here too.
 */
package io.voc.insight;
