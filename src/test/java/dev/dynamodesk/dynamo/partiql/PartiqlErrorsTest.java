package dev.dynamodesk.dynamo.partiql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import dev.dynamodesk.connection.ConnectionProfile;
import dev.dynamodesk.connection.DynamoClientFactory;
import dev.dynamodesk.dynamo.DynamoServices;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;

class PartiqlErrorsTest {

    private static PartiqlException explain(String code, String message, String statement) {
        DynamoDbException error = (DynamoDbException) DynamoDbException.builder().statusCode(400)
                .awsErrorDetails(AwsErrorDetails.builder().errorCode(code).errorMessage(message).build()).build();
        return PartiqlErrors.explain(error, BoundStatement.of(statement), () -> List.of("Orders", "UserData"));
    }

    @Test
    void aPositionGivenByTheServerIsUsed() {
        String statement = "SELECT *\nFROM Orders WHERE pk=`q`";
        PartiqlException error = explain("ValidationException",
                "Ion Literals are not supported: SYMBOL under key root at 2:22:3", statement);
        assertThat(error.position()).isEqualTo(statement.indexOf('`'));
        assertThat(error.length()).isEqualTo(3);
    }

    @Test
    void malformedStatementsAreLocatedHere() {
        String wrongStart = "SELEC * FROM Orders";
        assertThat(explain("ValidationException", "Statement wasn't well formed, can't be processed: " + wrongStart, wrongStart))
                .hasMessageContaining("starts with SELECT").extracting(PartiqlException::position).isEqualTo(0);
        String unclosed = "SELECT * FROM Orders WHERE pk IN ['a', 'b'";
        assertThat(explain("ValidationException", "Statement wasn't well formed, can't be processed", unclosed))
                .hasMessageContaining("\"[\" is never closed").extracting(PartiqlException::position)
                .isEqualTo(unclosed.indexOf('['));
        String stray = "SELECT * FROM Orders WHERE (pk = 'a'))";
        assertThat(explain("ValidationException", "Statement wasn't well formed, can't be processed", stray))
                .hasMessageContaining("closes nothing").extracting(PartiqlException::position)
                .isEqualTo(stray.length() - 1);
        PartiqlException unknown = explain("ValidationException", "Statement wasn't well formed, can't be processed",
                "SELECT * FROM Orders WHERE pk = 'a' a b");
        assertThat(unknown).hasMessage("The statement is not valid PartiQL.");
        assertThat(unknown.position()).isEqualTo(-1);
    }

    @Test
    void namesThatDifferSlightlyAreSuggested() {
        assertThat(PartiqlErrors.closeName("userdata", List.of("Orders", "UserData"))).contains("UserData");
        assertThat(PartiqlErrors.closeName("Order", List.of("Orders", "UserData"))).contains("Orders");
        assertThat(PartiqlErrors.closeName("Events", List.of("Orders", "UserData"))).isEmpty();
        assertThat(explain("ResourceNotFoundException", "Cannot do operations on a non-existent table", "SELECT * FROM Nothing"))
                .hasMessage("There is no table \"Nothing\" on this connection.");
    }

    @Test
    void aMissingIndexOfATableThatExistsIsNotCalledAMissingTable() {
        PartiqlException error = explain("ResourceNotFoundException", "Requested resource not found",
                "SELECT * FROM \"Orders\".\"gsi1\" WHERE pk = 'a'");
        assertThat(error.getMessage()).startsWith("The table \"Orders\" exists, but the server found no index \"gsi1\"")
                .contains("The server said: Requested resource not found").doesNotContain("There is no table", "Did you mean");
        assertThat(explain("ResourceNotFoundException", "Requested resource not found", "SELECT * FROM \"Orders\""))
                .hasMessageStartingWith("The table \"Orders\" exists, but the server did not find it");
    }

    @Test
    void existsOutsideATransactionIsExplained() {
        assertThat(explain("ValidationException", "EXISTS can only be used in ExecuteTransaction write requests.",
                "EXISTS(SELECT * FROM Orders WHERE pk = 'a')")).hasMessageContaining("Run as transaction");
    }

    @Test
    void anEndpointWithoutPartiqlGetsAPlainAnswer() throws Exception {
        // A DynamoDB-compatible server that knows nothing of ExecuteStatement.
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            byte[] body = "{\"__type\":\"com.amazonaws.dynamodb.v20120810#UnknownOperationException\",\"message\":\"Unknown operation\"}"
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/x-amz-json-1.0");
            exchange.sendResponseHeaders(400, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        java.net.URI endpoint = java.net.URI.create("http://127.0.0.1:" + server.getAddress().getPort());
        try (DynamoDbClient client = new DynamoClientFactory().create(ConnectionProfile.builtInLocal().withEndpoint(endpoint));
                DynamoServices services = new DynamoServices(client)) {
            assertThatThrownBy(() -> services.partiql().execute(BoundStatement.of("SELECT * FROM Orders"), null, 10, () -> false))
                    .isInstanceOf(PartiqlException.class)
                    .hasMessageContaining("does not support PartiQL");
        } finally {
            server.stop(0);
        }
    }
}
