package dev.tcc.frontend.onnx;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's list of supported operators, which an unsupported operator's import error points to, names exactly the
 * operators the importer registers.
 */
class OperatorListTest {

    @Test
    void readmeListsExactlyTheRegisteredOperators() throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"));
        int start = readme.indexOf("### Supported ONNX operators");
        assertThat(start).as("the README's operator section").isNotNegative();
        String section = readme.substring(start, readme.indexOf("\n#", start + 1));
        // the list is the paragraph of `Op` names after the introduction
        String list = section.substring(section.lastIndexOf("\n\n", section.length() - 3) + 2);
        Set<String> listed = new TreeSet<>();
        Matcher m = Pattern.compile("`([A-Za-z0-9]+)`").matcher(list);
        while (m.find()) listed.add(m.group(1));
        Set<String> registered = new TreeSet<>(OpRegistry.defaults().supported());
        registered.removeIf(op -> op.contains(":"));   // other domains are named in the introduction
        assertThat(listed).isEqualTo(registered);
        assertThat(section).contains(registered.size() + " operators of the default domain", "`com.microsoft.MatMulNBits`");
    }
}
