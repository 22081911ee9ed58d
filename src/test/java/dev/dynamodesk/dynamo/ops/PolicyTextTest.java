package dev.dynamodesk.dynamo.ops;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PolicyTextTest {
    private static final String ARN = "arn:aws:dynamodb:us-east-1:123456789012:table/Orders";

    @Test
    void aPolicyIsCheckedBeforeItIsSent() {
        assertThat(PolicyText.problem(PolicyText.template(ARN))).isEmpty();
        assertThat(PolicyText.problem("")).contains("The policy is empty");
        assertThat(PolicyText.problem("{\"Version\": ")).hasValueSatisfying(problem -> assertThat(problem).startsWith("Not JSON: ")
                .contains("line 1"));
        assertThat(PolicyText.problem("[1]")).contains("A policy is a JSON object");
        assertThat(PolicyText.problem("{\"Statement\": []}")).contains("The policy has no \"Version\" (write \"2012-10-17\")");
        assertThat(PolicyText.problem("{\"Version\": \"2012-10-17\", \"Statement\": []}")).contains("The policy has no \"Statement\"");
        assertThat(PolicyText.problem("{\"Version\": \"2012-10-17\", \"Statement\": {\"Effect\": \"Maybe\", \"Action\": \"*\"}}"))
                .contains("Statement 1 has no \"Effect\" of Allow or Deny");
        assertThat(PolicyText.problem("{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Deny\", \"Action\": \"*\"},"
                + " {\"Effect\": \"Allow\"}]}")).contains("Statement 2 names no \"Action\"");
        String big = "{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Allow\", \"Action\": \"*\", \"Sid\": \""
                + "x".repeat(PolicyText.MAX_BYTES) + "\"}]}";
        assertThat(PolicyText.problem(big)).hasValueSatisfying(problem -> assertThat(problem).contains("DynamoDB takes at most 20,480"));
    }

    @Test
    void spacingDoesNotMakeAnotherPolicy() {
        String compact = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"dynamodb:GetItem\"}]}";
        assertThat(PolicyText.sameAs(compact, PolicyText.pretty(compact))).isTrue();
        assertThat(PolicyText.pretty(compact)).contains("\n");
        assertThat(PolicyText.sameAs(compact, compact.replace("GetItem", "Query"))).isFalse();
        assertThat(PolicyText.pretty("not json")).isEqualTo("not json");
    }

    @Test
    void theDiffShowsOnlyWhatChanges() {
        String before = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"dynamodb:GetItem\"}]}";
        String after = before.replace("GetItem", "Query").replace("Allow", "Deny");
        assertThat(PolicyText.diff(before, after)).filteredOn(line -> !line.startsWith("  ")).containsExactly(
                "-     \"Effect\" : \"Allow\",", "-     \"Action\" : \"dynamodb:GetItem\"",
                "+     \"Effect\" : \"Deny\",", "+     \"Action\" : \"dynamodb:Query\"");
        assertThat(PolicyText.diff(before, before)).allMatch(line -> line.startsWith("  "));
        assertThat(PolicyText.diff("", after)).allMatch(line -> line.startsWith("+ "));
        assertThat(PolicyText.diff(before, "")).allMatch(line -> line.startsWith("- "));
    }
}
