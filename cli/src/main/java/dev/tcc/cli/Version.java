package dev.tcc.cli;

import picocli.CommandLine;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** {@code tcc --version}: tcc's version (from the Maven build) and the Java runtime. */
final class Version implements CommandLine.IVersionProvider {
    @Override public String[] getVersion() {
        String v = "dev";
        try (InputStream in = Version.class.getResourceAsStream("/META-INF/maven/dev.tcc/tcc-cli/pom.properties")) {
            if (in != null) {
                Properties p = new Properties();
                p.load(in);
                v = p.getProperty("version", v);
            }
        } catch (IOException e) {
            // keep "dev"
        }
        return new String[] {"tcc " + v, "Java " + Runtime.version() + " (" + System.getProperty("java.vendor") + ")"};
    }
}
