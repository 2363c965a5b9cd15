# Source: 000_866009fb9f7f7fa3.txt, "创建Pod": kubectl create -f error-pod.yaml prints
#   The Pod "hello-world" is invalid: spec.restartPolicy: Unsupported value: "Mybe": supported values: "Always", "OnFailure", "Never"
Feature: an invalid pod is rejected with the API server's message

  Scenario: restartPolicy Mybe
    Given the manifest "error-pod.yaml"
    When the pod is created
    Then the pod is rejected with "The Pod \"hello-world\" is invalid: spec.restartPolicy: Unsupported value: \"Mybe\": supported values: \"Always\", \"OnFailure\", \"Never\""
    And lint reports "invalid"

  Scenario: the rejection is a substring match
    Given the manifest "error-pod.yaml"
    Then the pod is rejected with "spec.restartPolicy: Unsupported value"
