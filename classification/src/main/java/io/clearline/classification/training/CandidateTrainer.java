package io.clearline.classification.training;

import java.util.List;
import java.util.function.Supplier;
import org.tribuo.Trainer;
import org.tribuo.classification.Label;
import org.tribuo.classification.sgd.linear.LinearSGDTrainer;
import org.tribuo.classification.sgd.objectives.Hinge;
import org.tribuo.classification.sgd.objectives.LogMulticlass;
import org.tribuo.math.optimisers.AdaGrad;
import org.tribuo.math.optimisers.ParameterAveraging;

/** A model type the retrain command compares; all of them export to ONNX. */
public record CandidateTrainer(String name, String settings, Supplier<Trainer<Label>> trainer) {

    public static CandidateTrainer logisticRegression(int epochs, long seed) {
        return new CandidateTrainer("logistic-regression",
                "LinearSGDTrainer(LogMulticlass, AdaGrad(lr=0.5, eps=0.1), epochs=" + epochs + ", minibatch=1, seed=" + seed + ")",
                () -> new LinearSGDTrainer(new LogMulticlass(), new AdaGrad(0.5, 0.1), epochs, 1000, 1, seed));
    }

    public static CandidateTrainer linearSvm(int epochs, long seed) {
        return new CandidateTrainer("linear-svm",
                "LinearSGDTrainer(Hinge(margin=1), AdaGrad(lr=0.5, eps=0.1), epochs=" + epochs + ", minibatch=1, seed=" + seed + ")",
                () -> new LinearSGDTrainer(new Hinge(), new AdaGrad(0.5, 0.1), epochs, 1000, 1, seed));
    }

    /**
     * The linear SVM with averaged weights (Polyak averaging over every step, {@code ParameterAveraging}):
     * the average of the SGD path is a smoother, flatter solution than its last step, which texts worded
     * unlike the training data reward.
     */
    public static CandidateTrainer averagedLinearSvm(int epochs, long seed) {
        return new CandidateTrainer("linear-svm-averaged",
                "LinearSGDTrainer(Hinge(margin=1), ParameterAveraging(AdaGrad(lr=0.5, eps=0.1)), epochs=" + epochs
                        + ", minibatch=1, seed=" + seed + ")",
                () -> new LinearSGDTrainer(new Hinge(), new ParameterAveraging(new AdaGrad(0.5, 0.1)), epochs, 1000, 1,
                        seed));
    }

    public static List<CandidateTrainer> standard(int epochs, long seed) {
        return List.of(logisticRegression(epochs, seed), linearSvm(epochs, seed));
    }
}
