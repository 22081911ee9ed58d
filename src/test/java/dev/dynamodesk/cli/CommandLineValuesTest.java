package dev.dynamodesk.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dynamodesk.connection.AwsConfigFiles;
import dev.dynamodesk.connection.ConnectionProfile;
import dev.dynamodesk.connection.CredentialSource;
import dev.dynamodesk.dynamo.KeyAttribute;
import dev.dynamodesk.dynamo.TableInfo;
import dev.dynamodesk.dynamo.query.Operator;
import dev.dynamodesk.dynamo.query.TypedValues;
import dev.dynamodesk.dynamo.query.WhereClause;
import dev.dynamodesk.item.AttributeType;
import dev.dynamodesk.item.BoolValue;
import dev.dynamodesk.item.NumberValue;
import dev.dynamodesk.item.StringSetValue;
import dev.dynamodesk.item.StringValue;
import dev.dynamodesk.testing.AwsFiles;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How values, filters and --profile typed on the command line are read. */
class CommandLineValuesTest {
    private static final TableInfo ORDERS = new TableInfo("Orders", "ACTIVE", new KeyAttribute("customer", AttributeType.S),
            new KeyAttribute("orderNo", AttributeType.N), List.of(), 0, 0, "PAY_PER_REQUEST");

    @TempDir
    Path folder;

    @Test
    void valuesAreTypedExplicitlyByTheirKeyOrByTheirLook() {
        assertThat(TypedValues.parse("N:007", null)).isEqualTo(new NumberValue("007"));
        assertThat(TypedValues.parse("S:42", null)).isEqualTo(new StringValue("42"));
        assertThat(TypedValues.parse("42", null)).isEqualTo(new NumberValue("42"));
        assertThat(TypedValues.parse("42", AttributeType.S)).isEqualTo(new StringValue("42"));
        assertThat(TypedValues.parse("\"42\"", null)).isEqualTo(new StringValue("42"));
        assertThat(TypedValues.parse("true", null)).isEqualTo(BoolValue.TRUE);
        assertThat(TypedValues.parse("{\"SS\": [\"a\", \"b\"]}", null)).isEqualTo(StringSetValue.of(List.of("a", "b")));
        assertThat(TypedValues.parse("hello world", null)).isEqualTo(new StringValue("hello world"));
        assertThatThrownBy(() -> TypedValues.parse("abc", AttributeType.N)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TypedValues.parse("S:x", AttributeType.N)).hasMessageContaining("this key is a number");
    }

    @Test
    void whereClausesKnowKeyTypesAndEveryOperator() {
        var keyed = WhereClause.parse("orderNo between 10 and 20", ORDERS);
        assertThat(keyed.operator()).isEqualTo(Operator.BETWEEN);
        assertThat(keyed.operands()).containsExactly(new NumberValue("10"), new NumberValue("20"));
        assertThat(WhereClause.parse("customer = 42", ORDERS).operands()).containsExactly(new StringValue("42"));
        assertThat(WhereClause.parse("note begins_with 12", ORDERS).operands()).containsExactly(new StringValue("12"));
        assertThat(WhereClause.parse("status in open, shipped", ORDERS).operands()).hasSize(2);
        assertThat(WhereClause.parse("address.city = Oslo", ORDERS).path().toString()).isEqualTo("address.city");
        assertThat(WhereClause.parse("email exists", ORDERS).operator()).isEqualTo(Operator.EXISTS);
        assertThatThrownBy(() -> WhereClause.parse("email exists now", ORDERS)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WhereClause.parse("total > ", ORDERS)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void profileNamesASavedConnectionThenAnAwsProfile() {
        AwsConfigFiles aws = new AwsFiles(folder, "[profile dev]\nregion = eu-north-1\n[default]\nregion = us-west-2\n", "").files();
        ConnectionProfile saved = new ConnectionProfile("id-1", "Prod Orders", "eu-west-1", null,
                new CredentialSource.NamedProfile("prod"), false, ConnectionProfile.Environment.PRODUCTION, null, false);

        ConnectionOptions options = new ConnectionOptions();
        options.profile = "prod orders";
        options.readOnly = true;
        ConnectionProfile chosen = ConnectionChoice.choose(options, List.of(saved), aws);
        assertThat(chosen.name()).isEqualTo("Prod Orders");
        assertThat(chosen.readOnly()).isTrue();
        assertThat(chosen.production()).isTrue();

        options = new ConnectionOptions();
        options.profile = "dev";
        assertThat(ConnectionChoice.choose(options, List.of(saved), aws).region()).isEqualTo("eu-north-1");
        options.region = "ap-south-1";
        options.endpoint = "http://localhost:8000";
        ConnectionProfile overridden = ConnectionChoice.choose(options, List.of(saved), aws);
        assertThat(overridden.region()).isEqualTo("ap-south-1");
        assertThat(overridden.endpoint()).isEqualTo(URI.create("http://localhost:8000"));

        ConnectionOptions none = new ConnectionOptions();
        assertThat(ConnectionChoice.choose(none, List.of(), aws).region()).isEqualTo("us-west-2");
        assertThat(ConnectionChoice.choose(none, List.of(), aws).credentials()).isInstanceOf(CredentialSource.DefaultChain.class);

        ConnectionOptions local = new ConnectionOptions();
        local.profile = "local";
        assertThat(ConnectionChoice.choose(local, List.of(), aws).embeddedLocal()).isTrue();
        local.endpoint = "http://localhost:8000";
        assertThatThrownBy(() -> ConnectionChoice.choose(local, List.of(), aws)).hasMessageContaining("own endpoint");
    }

    @Test
    void noRegionAnywhereOrABadEndpointIsAUsageError() {
        AwsConfigFiles empty = new AwsFiles(folder, "", "").files();
        assertThatThrownBy(() -> ConnectionChoice.choose(new ConnectionOptions(), List.of(), empty))
                .isInstanceOf(CliFailure.class).hasMessageStartingWith("No region");
        ConnectionOptions withEndpoint = new ConnectionOptions();
        withEndpoint.endpoint = "http://localhost:8000";
        assertThat(ConnectionChoice.choose(withEndpoint, List.of(), empty).region()).isEqualTo("us-east-1");
        withEndpoint.endpoint = "localhost:8000";
        assertThatThrownBy(() -> ConnectionChoice.choose(withEndpoint, List.of(), empty)).hasMessageContaining("must be a URL");
    }
}
