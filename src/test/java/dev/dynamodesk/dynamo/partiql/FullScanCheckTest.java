package dev.dynamodesk.dynamo.partiql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dynamodesk.dynamo.partiql.FullScanCheck.Verdict;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The examples of AWS's "PartiQL select statements for DynamoDB" page (Orders keyed by OrderID), and more. */
class FullScanCheckTest {

    private static Verdict verdict(String statement) {
        return FullScanCheck.check(StatementShape.of(statement), "OrderID").verdict();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // Documented as not scanning the table.
        "SELECT * FROM \"Orders\" WHERE OrderID = 100",
        "SELECT * FROM \"Orders\" WHERE OrderID = 100 and Address='some address'",
        "SELECT * FROM \"Orders\" WHERE OrderID = 100 or OrderID = 200",
        "SELECT * FROM \"Orders\" WHERE OrderID IN [100, 300, 234]",
        "SELECT OrderID, Total FROM \"Orders\" WHERE OrderID = 1",
        "SELECT OrderID, Total FROM \"Orders\" WHERE OrderID IN [1, 2, 3] ORDER BY OrderID DESC",
        // Ours.
        "SELECT * FROM Orders WHERE 100 = OrderID",
        "SELECT * FROM Orders WHERE \"OrderID\" = ?",
        "SELECT * FROM Orders WHERE (OrderID = 1 OR OrderID = 2) AND begins_with(Address, '7')",
        "SELECT * FROM Orders WHERE Total > 5 AND (OrderID = 1)",
        "SELECT * FROM Orders WHERE OrderID = 1 AND Total BETWEEN 1 AND 5 AND Address IS NOT MISSING",
        "SELECT * FROM Orders WHERE OrderID = -1 AND Items[0].sku = 'x' AND size(Items) > 2",
        "SELECT * FROM Orders WHERE OrderID IN (1, 2)",
    })
    void pinnedPartitionKeysUseTheKey(String statement) {
        assertThat(verdict(statement)).isEqualTo(Verdict.USES_KEY);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // Documented as full table scans.
        "SELECT * FROM \"Orders\" WHERE OrderID > 1",
        "SELECT * FROM \"Orders\" WHERE Address='some address'",
        "SELECT * FROM \"Orders\" WHERE OrderID = 100 OR Address='some address'",
        "SELECT OrderID, Total FROM \"Orders\" WHERE Total BETWEEN 500 AND 600",
        // Ours.
        "SELECT * FROM Orders",
        "SELECT * FROM Orders WHERE NOT OrderID = 1",
        "SELECT * FROM Orders WHERE OrderID NOT IN [1, 2]",
        "SELECT * FROM Orders WHERE OrderID <> 1",
        "SELECT * FROM Orders WHERE orderid = 1",
        "SELECT * FROM Orders WHERE Customer.OrderID = 1",
        "SELECT * FROM Orders WHERE OrderID = Total",
        "SELECT * FROM Orders WHERE OrderID + 1 = 2",
        "SELECT * FROM Orders WHERE begins_with(OrderID, '1')",
        "SELECT * FROM Orders WHERE OrderID IS NOT MISSING",
    })
    void everythingElseReadsTheWholeTable(String statement) {
        assertThat(verdict(statement)).isEqualTo(Verdict.FULL_SCAN);
    }

    @Test
    void anIndexIsJudgedByItsOwnPartitionKey() {
        StatementShape shape = StatementShape.of("SELECT * FROM \"Orders\".\"byCustomer\" WHERE CustomerID = 'c1'");
        assertThat(FullScanCheck.check(shape, "CustomerID").verdict()).isEqualTo(Verdict.USES_KEY);
        assertThat(FullScanCheck.check(shape, "OrderID").reason()).contains("index byCustomer");
    }

    @Test
    void anIndexKeyedOnSeveralAttributesNeedsEveryOneFixed() {
        List<String> keys = List.of("tournament", "region");
        StatementShape both = StatementShape.of("SELECT * FROM \"Matches\".\"multi\" WHERE tournament = 'w' AND region = 'eu'");
        assertThat(FullScanCheck.check(both, keys).verdict()).isEqualTo(Verdict.USES_KEY);
        StatementShape one = StatementShape.of("SELECT * FROM \"Matches\".\"multi\" WHERE tournament = 'w'");
        assertThat(FullScanCheck.check(one, keys).verdict()).isEqualTo(Verdict.FULL_SCAN);
        assertThat(FullScanCheck.check(one, keys).reason()).contains("partition key attributes tournament, region");
        StatementShape branches = StatementShape.of("SELECT * FROM \"Matches\".\"multi\" WHERE tournament = 'w' AND region = 'eu'"
                + " OR tournament = 'x'");
        assertThat(FullScanCheck.check(branches, keys).verdict()).isEqualTo(Verdict.FULL_SCAN);
    }

    @Test
    void whatCannotBeParsedOrIsNotASelectIsLeftToTheServer() {
        assertThat(verdict("SELECT * FROM Orders WHERE OrderID = ")).isEqualTo(Verdict.CANNOT_TELL);
        assertThat(verdict("SELECT * FROM Orders WHERE (OrderID = 1")).isEqualTo(Verdict.CANNOT_TELL);
        assertThat(verdict("DELETE FROM Orders WHERE OrderID = 1")).isEqualTo(Verdict.NOT_A_SELECT);
        assertThat(FullScanCheck.check(StatementShape.of("SELECT * FROM Nope"), (String) null).verdict()).isEqualTo(Verdict.CANNOT_TELL);
    }

    @Test
    void theReasonSaysWhy() {
        assertThat(FullScanCheck.check(StatementShape.of("SELECT * FROM Orders"), "OrderID").reason())
                .contains("no WHERE clause");
        assertThat(FullScanCheck.check(StatementShape.of("SELECT * FROM Orders WHERE Total > 1"), "OrderID").reason())
                .contains("OrderID");
    }
}
