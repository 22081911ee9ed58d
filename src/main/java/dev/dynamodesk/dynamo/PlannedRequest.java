package dev.dynamodesk.dynamo;

import software.amazon.awssdk.services.dynamodb.model.DynamoDbRequest;

/** One request a table change will send, with its API operation name and JSON for the preview. */
public record PlannedRequest(String operation, DynamoDbRequest request) {
    public String json() {
        return RequestJson.render(request);
    }

    /** The request as an AWS CLI command ("aws dynamodb create-table --cli-input-json '...'"). */
    public String cliCommand() {
        String kebab = operation.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase();
        return "aws dynamodb " + kebab + " --cli-input-json '" + json().replace("'", "'\\''") + "'";
    }
}
