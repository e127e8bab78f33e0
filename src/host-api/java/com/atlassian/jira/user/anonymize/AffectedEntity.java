// Published at: https://docs.atlassian.com/software/jira/docs/api/10.2.0/com/atlassian/jira/user/anonymize/AffectedEntity.html
// Source: as Atlassian Notifications' WhisperUserPropertiesAnonymizationHandler builds it:
// AffectedEntity.newBuilder(AffectedEntityType.REMOVE).descriptionKey(KEY).numberOfOccurrences(Long.valueOf(count))
// .build(); the REST resource shows each entity's type, description and numberOfOccurrences.
package com.atlassian.jira.user.anonymize;

public class AffectedEntity {
    private final AffectedEntityType type;
    private final String descriptionKey;
    private final Long numberOfOccurrences;

    private AffectedEntity(AffectedEntityType type, String descriptionKey, Long numberOfOccurrences) {
        this.type = type;
        this.descriptionKey = descriptionKey;
        this.numberOfOccurrences = numberOfOccurrences;
    }

    public static Builder newBuilder(AffectedEntityType type) {
        return new Builder(type);
    }

    public AffectedEntityType getType() {
        return type;
    }

    public String getDescriptionKey() {
        return descriptionKey;
    }

    public Long getNumberOfOccurrences() {
        return numberOfOccurrences;
    }

    public static class Builder {
        private final AffectedEntityType type;
        private String descriptionKey;
        private Long numberOfOccurrences;

        Builder(AffectedEntityType type) {
            this.type = type;
        }

        public Builder descriptionKey(String descriptionKey) {
            this.descriptionKey = descriptionKey;
            return this;
        }

        public Builder numberOfOccurrences(Long numberOfOccurrences) {
            this.numberOfOccurrences = numberOfOccurrences;
            return this;
        }

        public AffectedEntity build() {
            return new AffectedEntity(type, descriptionKey, numberOfOccurrences);
        }
    }
}
