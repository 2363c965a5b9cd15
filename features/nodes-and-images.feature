# Scheduling onto declared nodes (pkg/scheduler/framework/plugins: nodeaffinity, tainttoleration,
# noderesources/fit.go) and image pulls (pkg/kubelet/images/image_manager.go@EnsureImageExists).
Feature: nodes and images

  Scenario: the default node
    Given the manifest "manifests/app.yaml"
    When 5s pass
    Then the pod is scheduled on "node-1"
    And an event "Scheduled" with message containing "Successfully assigned default/app to node-1" is recorded

  Scenario: declaring a node replaces node-1; nodeSelector picks by label
    Given a node "k8s-node01" with labels "env=test"
    And a node "k8s-node02" with labels "env=prod"
    And the manifest:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: nginx
        labels:
          env: test
      spec:
        containers:
        - name: nginx
          image: nginx
          imagePullPolicy: IfNotPresent
        nodeSelector:
          env: test
      """
    When 5s pass
    Then the pod is scheduled on "k8s-node01"

  Scenario: not enough CPU anywhere
    Given a node "small" with 1 CPUs and "2Gi" of memory
    And the manifest:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: big
      spec:
        containers:
        - name: big
          image: busybox:1.36
          command: ["sleep", "100000"]
          resources:
            requests:
              cpu: "2"
      """
    When 30s pass
    Then the pod is not scheduled
    And the pod status is "Pending"
    And an event "FailedScheduling" with message containing "Insufficient cpu" is recorded

  Scenario: an untolerated taint keeps the pod off the node
    Given node "gpu-1" has the taint "dedicated=gpu:NoSchedule"
    And the manifest "manifests/app.yaml"
    When 10s pass
    Then the pod is not scheduled
    And an event "FailedScheduling" with message containing "untolerated taint" is recorded

  Scenario: a tolerated taint
    Given node "gpu-1" has the taint "dedicated=gpu:NoSchedule"
    And the manifest:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: tolerant
      spec:
        tolerations:
        - key: dedicated
          operator: Equal
          value: gpu
          effect: NoSchedule
        containers:
        - name: main
          image: busybox:1.36
          command: ["sleep", "100000"]
      """
    When 10s pass
    Then the pod is scheduled on "gpu-1"

  Scenario: a missing image: ErrImagePull, then ImagePullBackOff
    Given image "busybox:does-not-exist" does not exist
    And the manifest:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: typo
      spec:
        containers:
        - name: main
          image: busybox:does-not-exist
      """
    When 5s pass
    Then container "main" is waiting with reason "ErrImagePull"
    And the pod status is one of "ErrImagePull, ImagePullBackOff"
    And an event "Failed" with message containing "busybox:does-not-exist" is recorded
    When I wait until the pod status is "ImagePullBackOff"
    Then container "main" is waiting with reason "ImagePullBackOff"
    And an event "BackOff" with message containing "Back-off pulling image \"busybox:does-not-exist\"" is recorded
    And the pod phase stays "Pending" for 5m

  Scenario: imagePullPolicy Never uses an image already present
    Given image "registry.local/tools:1.0" is already present on the node
    And the manifest:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: local
      spec:
        containers:
        - name: main
          image: registry.local/tools:1.0
          imagePullPolicy: Never
          command: ["sleep", "100000"]
      """
    When 5s pass
    Then container "main" is running
    And no event "Pulling" is recorded

  Scenario: imagePullPolicy Never without the image
    Given the manifest:
      """
      apiVersion: v1
      kind: Pod
      metadata:
        name: local
      spec:
        containers:
        - name: main
          image: registry.local/tools:1.0
          imagePullPolicy: Never
      """
    When 5s pass
    Then container "main" is waiting with reason "ErrImageNeverPull"
    And the pod status is "ErrImageNeverPull"

  Scenario: a slow pull keeps the container creating
    Given pulling image "registry.example.com/app:1.0" takes 1m
    And the manifest "manifests/app.yaml"
    When 30s pass
    Then container "app" is waiting with reason "ContainerCreating"
    And the pod status is "ContainerCreating"
    When 31s pass
    Then container "app" is running
    And an event "Pulled" is recorded
