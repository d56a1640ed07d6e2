package io.clearline.classification.training;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads the corrections the service stored in {@code classification.feedback} (through the
 * {@code classification.feedback} action) as labelled examples for one classifier. Plain JDBC: the
 * retrain command runs beside the service, not inside it.
 */
public final class StoredFeedback {

    private StoredFeedback() {
    }

    public static List<LabelledExample> read(String jdbcUrl, String user, String password, String classifier) {
        try (Connection db = DriverManager.getConnection(jdbcUrl, user, password);
                PreparedStatement query = db.prepareStatement(
                        "select text, correct_label from classification.feedback where classifier = ? order by created_at, id")) {
            query.setString(1, classifier);
            List<LabelledExample> out = new ArrayList<>();
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    out.add(new LabelledExample(rs.getString(1), rs.getString(2), Map.of()));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read classification feedback from " + jdbcUrl + ": " + e.getMessage(), e);
        }
    }
}
