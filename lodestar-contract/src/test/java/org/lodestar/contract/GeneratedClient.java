package org.lodestar.contract;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.openapitools.codegen.CodegenConstants;
import org.openapitools.codegen.DefaultGenerator;
import org.openapitools.codegen.config.CodegenConfigurator;

/**
 * A Java client generated from Lodestar's OpenAPI document as an integrator would generate it: OpenAPI Generator's
 * {@code java} generator, library {@code native}, with the document's validation on; then compiled (with the
 * hand-written calls beside it) and loaded.
 */
final class GeneratedClient {

    static final String PACKAGE = "org.lodestar.client";
    static final String API_PACKAGE = PACKAGE + ".api";
    static final String MODEL_PACKAGE = PACKAGE + ".model";

    private final Path sources;
    private final ClassLoader classes;

    private GeneratedClient(Path sources, ClassLoader classes) {
        this.sources = sources;
        this.classes = classes;
    }

    /**
     * Generates from {@code document}; a document the generator's validator refuses throws here, as it would for
     * an integrator who has not switched validation off.
     */
    static GeneratedClient generate(Path document, Path work, Path handWritten) throws IOException {
        Path out = work.resolve("client");
        CodegenConfigurator configurator = new CodegenConfigurator()
                .setGeneratorName("java")
                .setLibrary("native")
                .setInputSpec(document.toString())
                .setOutputDir(out.toString())
                .setInvokerPackage(PACKAGE)
                .setApiPackage(API_PACKAGE)
                .setModelPackage(MODEL_PACKAGE)
                .setValidateSpec(true)
                .addAdditionalProperty("useJakartaEe", true)
                .addAdditionalProperty("hideGenerationTimestamp", true);
        DefaultGenerator generator = new DefaultGenerator();
        generator.setGeneratorPropertyDefault(CodegenConstants.API_TESTS, "false");
        generator.setGeneratorPropertyDefault(CodegenConstants.MODEL_TESTS, "false");
        generator.setGeneratorPropertyDefault(CodegenConstants.API_DOCS, "false");
        generator.setGeneratorPropertyDefault(CodegenConstants.MODEL_DOCS, "false");
        generator.opts(configurator.toClientOptInput()).generate();

        Path sources = out.resolve("src/main/java");
        Path compiled = Files.createDirectories(work.resolve("client-classes"));
        compile(List.of(sources, handWritten), compiled);
        ClassLoader loader = new URLClassLoader(new URL[] {compiled.toUri().toURL()},
                GeneratedClient.class.getClassLoader());
        return new GeneratedClient(sources, loader);
    }

    Class<?> load(String name) {
        try {
            return Class.forName(name, true, classes);
        } catch (ClassNotFoundException missing) {
            throw new IllegalStateException("the generated client has no " + name, missing);
        }
    }

    /** The generated API classes ({@code ProjectsApi}...). */
    List<Class<?>> apis() throws IOException {
        return simpleNames(API_PACKAGE).stream().<Class<?>>map(name -> load(API_PACKAGE + "." + name)).toList();
    }

    /** The simple names of the generated model classes. */
    List<String> models() throws IOException {
        return simpleNames(MODEL_PACKAGE);
    }

    private List<String> simpleNames(String packageName) throws IOException {
        try (Stream<Path> files = Files.list(sources.resolve(packageName.replace('.', '/')))) {
            return files.map(file -> file.getFileName().toString())
                    .filter(file -> file.endsWith(".java"))
                    .map(file -> file.substring(0, file.length() - ".java".length()))
                    .sorted().toList();
        }
    }

    private static void compile(List<Path> roots, Path into) throws IOException {
        List<String> files = new ArrayList<>();
        for (Path root : roots) {
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(file -> file.toString().endsWith(".java")).forEach(file -> files.add(file.toString()));
            }
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
        List<String> options = new ArrayList<>(List.of("-d", into.toString(),
                "-classpath", System.getProperty("java.class.path"),
                "-parameters", "-proc:none", "-nowarn", "-encoding", "UTF-8", "--release", "17"));
        options.addAll(files);
        int status = javac.run(null, diagnostics, diagnostics, options.toArray(String[]::new));
        if (status != 0) {
            throw new AssertionError("the generated client does not compile:\n"
                    + diagnostics.toString(StandardCharsets.UTF_8));
        }
    }
}
