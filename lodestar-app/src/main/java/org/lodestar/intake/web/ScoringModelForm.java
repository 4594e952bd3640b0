package org.lodestar.intake.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.lodestar.intake.CriterionDefinition;
import org.lodestar.intake.ScoringModelCommand;
import org.lodestar.intake.ScoringModelView;

/** The scoring model form: criteria as rows, with blank rows to add criteria. */
public class ScoringModelForm {

    private String name;
    private String description;
    private List<Row> criteria = new ArrayList<>();
    private Long version;

    static ScoringModelForm of(ScoringModelView model) {
        ScoringModelForm form = new ScoringModelForm();
        if (model != null) {
            form.name = model.name();
            form.description = model.description();
            form.version = model.version();
            for (CriterionDefinition c : model.criteria()) {
                Row row = new Row();
                row.id = c.id();
                row.name = c.name();
                row.weight = c.weight();
                row.direction = c.direction();
                row.scale = c.scale();
                row.low = c.low();
                row.high = c.high();
                row.anchors = new ArrayList<>(c.anchors());
                while (row.anchors.size() < 5) row.anchors.add("");
                form.criteria.add(row);
            }
        }
        for (int i = 0; i < 2; i++) form.criteria.add(new Row());
        return form;
    }

    ScoringModelCommand toCommand() {
        return new ScoringModelCommand(name, description, criteria.stream().filter(row -> !row.isBlank())
                .map(row -> new CriterionDefinition(row.id, row.name, row.weight, row.direction, row.scale, row.low, row.high,
                        row.anchors)).toList(), version);
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public List<Row> getCriteria() { return criteria; }
    public void setCriteria(List<Row> criteria) { this.criteria = criteria; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }

    /** A criterion's row; {@code id} (a hidden input) keeps a stored criterion, and its scores, wherever it moves. */
    public static class Row {
        private Long id;
        private String name;
        private BigDecimal weight;
        private CriterionDefinition.Direction direction = CriterionDefinition.Direction.BENEFIT;
        private CriterionDefinition.Scale scale = CriterionDefinition.Scale.RATED;
        private BigDecimal low;
        private BigDecimal high;
        private List<String> anchors = new ArrayList<>(List.of("", "", "", "", ""));

        boolean isBlank() {
            return (name == null || name.isBlank()) && weight == null;
        }

        public Long getId() { return id; }
        public void setId(Long id) { this.id = id; }
        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public BigDecimal getWeight() { return weight; }
        public void setWeight(BigDecimal weight) { this.weight = weight; }
        public CriterionDefinition.Direction getDirection() { return direction; }
        public void setDirection(CriterionDefinition.Direction direction) { this.direction = direction; }
        public CriterionDefinition.Scale getScale() { return scale; }
        public void setScale(CriterionDefinition.Scale scale) { this.scale = scale; }
        public BigDecimal getLow() { return low; }
        public void setLow(BigDecimal low) { this.low = low; }
        public BigDecimal getHigh() { return high; }
        public void setHigh(BigDecimal high) { this.high = high; }
        public List<String> getAnchors() { return anchors; }
        public void setAnchors(List<String> anchors) { this.anchors = anchors; }
    }
}
